import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Clock, CredentialProvider, Credentials } from '@stskit/credentials';
import { describeError } from '../../reportError.js';

/**
 * An AWS SDK v3 client (the real `@aws-sdk/client-sts`) calling GetCallerIdentity through
 * our provider, as an application would, while the demo counts what matters to it:
 * calls that had to wait for credentials, and any expired credentials it was given.
 *
 * @internal
 */
export class SdkWorkload {
  calls = 0;
  failures = 0;
  /**
   * Calls whose credentials were not ready at once, so they waited on STS. The first
   * call, which finds no credentials yet, does not count: background refresh is about
   * every call after it.
   */
  waited = 0;
  /** Credentials handed out already expired: must stay 0. */
  expiredServed = 0;
  identity: string | undefined;
  lastError: string | undefined;
  readonly #client: STSClient;
  #served = 0;

  constructor(endpoint: string, provider: CredentialProvider, private readonly clock: Clock) {
    this.#client = new STSClient({ endpoint, region: 'us-east-1', credentials: () => this.#observe(provider) });
  }

  /** One GetCallerIdentity call; failures are counted, never thrown. */
  async call(): Promise<void> {
    this.calls += 1;
    try {
      const { Arn } = await this.#client.send(new GetCallerIdentityCommand({}));
      this.identity = Arn;
    } catch (error) {
      this.failures += 1;
      this.lastError = describeError(error);
    }
  }

  destroy(): void {
    this.#client.destroy();
  }

  async #observe(provider: CredentialProvider): Promise<Credentials> {
    let settled = false;
    const pending = provider().finally(() => {
      settled = true;
    });
    // Cached credentials arrive within microtasks; a fetch needs I/O, so it is still
    // pending once the event loop has turned.
    await new Promise((resolve) => setImmediate(resolve));
    if (!settled && this.#served > 0) this.waited += 1;
    const credentials = await pending;
    this.#served += 1;
    if (credentials.expiration !== undefined && credentials.expiration.getTime() <= this.clock.now()) this.expiredServed += 1;
    return credentials;
  }
}
