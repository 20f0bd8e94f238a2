import type { AssumeRoleWithSAMLRequest, StsClient } from '@stskit/sts';
import type { Clock } from '@stskit/credentials';

export const HOUR = 60 * 60_000;

/**
 * An StsClient stand-in answering AssumeRoleWithSAML: records each request, rejects with
 * `failWith` when set, else issues credentials valid for an hour of the clock's time.
 */
export class FakeSamlClient {
  readonly requests: AssumeRoleWithSAMLRequest[] = [];
  failWith: unknown = undefined;

  constructor(private readonly clock: Clock) {}

  get client(): StsClient {
    return this as unknown as StsClient;
  }

  readonly assumeRoleWithSAML = async (input: AssumeRoleWithSAMLRequest) => {
    const n = this.requests.push({ ...input }); // numbered at request time: concurrent calls differ
    await Promise.resolve(); // answer asynchronously, as the network does
    if (this.failWith !== undefined) throw this.failWith;
    return {
      Credentials: {
        AccessKeyId: `ASIAFAKESAML0000000${n}`,
        SecretAccessKey: `fake-secret-${n}`,
        SessionToken: `fake-session-token-${n}`,
        Expiration: new Date(this.clock.now() + HOUR),
      },
      AssumedRoleUser: { AssumedRoleId: 'AROAFAKE:alice', Arn: 'arn:aws:sts::111122223333:assumed-role/analyst/alice' },
      $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 },
    };
  };

  destroy(): void {}
}
