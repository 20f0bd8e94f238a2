import type { GetFederationTokenRequest, StsClient } from '@stskit/sts';
import type { Clock } from '@stskit/credentials';

/**
 * An StsClient stand-in answering GetFederationToken: records each request, rejects with
 * `failWith` when set, else issues credentials valid for `lifetimeMs` of the clock's time.
 */
export class FakeFederationClient {
  readonly requests: GetFederationTokenRequest[] = [];
  failWith: unknown = undefined;
  lifetimeMs = 12 * 60 * 60_000;
  destroyed = 0;

  constructor(private readonly clock: Clock) {}

  get client(): StsClient {
    return this as unknown as StsClient;
  }

  readonly getFederationToken = async (input: GetFederationTokenRequest) => {
    const n = this.requests.push({ ...input }); // numbered at request time: concurrent calls differ
    await Promise.resolve(); // answer asynchronously, as the network does
    if (this.failWith !== undefined) throw this.failWith;
    return {
      Credentials: {
        AccessKeyId: `ASIAFAKEFEDERATED${String(n).padStart(3, '0')}`,
        SecretAccessKey: `fake-secret-${n}`,
        SessionToken: `fake-session-token-${n}`,
        Expiration: new Date(this.clock.now() + this.lifetimeMs),
      },
      FederatedUser: { FederatedUserId: `111122223333:${input.Name}`, Arn: `arn:aws:sts::111122223333:federated-user/${input.Name}` },
      $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 },
    };
  };

  destroy(): void {
    this.destroyed++;
  }
}
