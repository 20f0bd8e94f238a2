import { format } from 'node:util';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import { ManualClock, type Credentials } from '@stskit/credentials';
import { startLocalSts, type LocalSts, type LocalStsOptions } from '@stskit/local-sts';
import type { StsClientConfig } from '@stskit/sts';

/**
 * A local-sts on fake time, with what end-to-end tests of the STS providers share
 * (session-token, assume-role, web-identity, saml, federation-token): one
 * `ManualClock` driving the server, our clients and the providers' caches; a logger that
 * captures every line our clients and providers write; and a record of every secret seen
 * (keys, session tokens, MFA codes), so a test can check that none was ever logged.
 */
export class LocalStsHarness {
  readonly logs: string[] = [];
  readonly logger: Logger = {
    debug: (...args) => this.#log('debug', args),
    info: (...args) => this.#log('info', args),
    warn: (...args) => this.#log('warn', args),
    error: (...args) => this.#log('error', args),
  };
  readonly #secrets = new Set<string>();
  /** How many MFA codes {@link tokenCode} gave. */
  tokenCodeCalls = 0;

  private constructor(
    readonly sts: LocalSts,
    readonly clock: ManualClock,
  ) {}

  /** Starts local-sts on a fake clock set to a whole second near now (so AWS SDK signatures pass). */
  static async start(options: Omit<LocalStsOptions, 'clock'> = {}): Promise<LocalStsHarness> {
    const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
    return new LocalStsHarness(await startLocalSts({ ...options, clock }), clock);
  }

  /** Our client's options: this server, the fake clock, the capturing logger. */
  get clientConfig(): StsClientConfig {
    return { endpoint: this.sts.endpoint, region: 'us-east-1', clock: this.clock, logger: this.logger, maxAttempts: 1 };
  }

  /** The default world's IAM user key, remembered as a secret. */
  get userKey(): AwsCredentialIdentity {
    const { accessKeyId, secretAccessKey } = this.sts.defaults;
    this.#secrets.add(secretAccessKey);
    return { accessKeyId, secretAccessKey };
  }

  /** The default MFA device's code now, counted and remembered as a secret. */
  readonly tokenCode = (): string => {
    this.tokenCodeCalls++;
    const code = this.sts.defaults.totp();
    this.#secrets.add(code);
    return code;
  };

  /** Remembers a secret the test handles (a web identity token, a SAML assertion), and gives it back. */
  readonly rememberSecret = (secret: string): string => {
    this.#secrets.add(secret);
    return secret;
  };

  /** An `onRefresh` hook remembering the secrets of every set of credentials fetched. */
  readonly remember = (credentials: Credentials): void => {
    this.#secrets.add(credentials.secretAccessKey);
    if (credentials.sessionToken !== undefined) this.#secrets.add(credentials.sessionToken);
  };

  /** An AWS SDK v3 STS client of this server signing with `credentials`, on the server's time. */
  sdkClient(credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider, region = 'us-east-1'): STSClient {
    return new STSClient({
      endpoint: this.sts.endpoint,
      region,
      credentials,
      systemClockOffset: this.clock.now() - Date.now(),
      logger: this.logger,
      maxAttempts: 1,
    });
  }

  /** Fails when a remembered secret appears in the captured logs or in `texts`. */
  expectNoSecretIn(...texts: string[]): void {
    const haystack = [...this.logs, ...texts].join('\n');
    const leaked = [...this.#secrets].filter((secret) => haystack.includes(secret));
    if (leaked.length > 0) throw new Error(`${leaked.length} secret(s) leaked into logs or output`);
  }

  close(): Promise<void> {
    return this.sts.close();
  }

  #log(level: string, args: unknown[]): void {
    this.logs.push(`${level} ${format(...args)}`);
  }
}
