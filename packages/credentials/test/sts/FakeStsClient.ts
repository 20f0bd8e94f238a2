import type { StsClient } from '@stskit/sts';
import type { Clock } from '../../src/clock.js';

/** What a fake call received, TokenCode included, so tests can check what was sent. */
export interface RecordedRequest {
  readonly operation: string;
  readonly input: Readonly<Record<string, unknown>>;
}

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(.+)$/u;

/**
 * An StsClient stand-in for unit tests of STS-backed providers: answers AssumeRole and
 * GetSessionToken with credentials valid for `lifetimeMs` of the clock's time (numbered,
 * so tests can tell sets apart), or rejects with `failWith`; records every request.
 */
export class FakeStsClient {
  readonly requests: RecordedRequest[] = [];
  lifetimeMs = 60 * 60_000;
  failWith: unknown = undefined;
  /** Set to answer without `Credentials`, as a broken server might. */
  omitCredentials = false;
  destroyed = 0;

  constructor(private readonly clock: Clock) {}

  /** This fake, typed as the client the providers accept. */
  get client(): StsClient {
    return this as unknown as StsClient;
  }

  calls(operation: string): number {
    return this.requests.filter((request) => request.operation === operation).length;
  }

  readonly assumeRole = async (input: { RoleArn: string; RoleSessionName: string }) => {
    const [, account = '000000000000', role = 'unknown'] = ROLE_ARN.exec(input.RoleArn) ?? [];
    return {
      ...(await this.#issue('AssumeRole', input)),
      AssumedRoleUser: {
        AssumedRoleId: `AROAFAKE:${input.RoleSessionName}`,
        Arn: `arn:aws:sts::${account}:assumed-role/${role}/${input.RoleSessionName}`,
      },
    };
  };

  readonly getSessionToken = (input: object = {}) => this.#issue('GetSessionToken', input);

  destroy(): void {
    this.destroyed++;
  }

  async #issue(operation: string, input: object) {
    // Numbered before the await, so concurrent calls get distinct credentials.
    const n = this.requests.push({ operation, input: { ...input } });
    await Promise.resolve(); // answer asynchronously, as the network does
    if (this.failWith !== undefined) throw this.failWith;
    const Credentials = {
      AccessKeyId: `ASIAFAKE${String(n).padStart(12, '0')}`,
      SecretAccessKey: `fake-secret-${n}`,
      SessionToken: `fake-session-token-${n}`,
      Expiration: new Date(this.clock.now() + this.lifetimeMs),
    };
    return { ...(this.omitCredentials ? {} : { Credentials }), $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } };
  }
}
