import type { AssumeRoleWithWebIdentityRequest, StsClient } from '@stskit/sts';
import { StsServiceError } from '@stskit/sts';
import type { Clock } from '@stskit/credentials';

export const HOUR = 60 * 60_000;

/** An STS refusal, as `@stskit/sts` throws it. */
export function stsError(code: string, statusCode = 400): StsServiceError {
  return new StsServiceError({ code, message: `${code}: simulated`, statusCode, retryable: false });
}

/**
 * An StsClient stand-in answering AssumeRoleWithWebIdentity: records each request, fails
 * the next calls with `failures` (in order), then issues credentials valid for an hour of
 * the clock's time.
 */
export class FakeWebIdentityClient {
  readonly requests: AssumeRoleWithWebIdentityRequest[] = [];
  readonly failures: unknown[] = [];

  constructor(private readonly clock: Clock) {}

  get client(): StsClient {
    return this as unknown as StsClient;
  }

  /** The tokens received, in order. */
  get tokens(): string[] {
    return this.requests.map((request) => request.WebIdentityToken);
  }

  readonly assumeRoleWithWebIdentity = async (input: AssumeRoleWithWebIdentityRequest) => {
    const n = this.requests.push({ ...input }); // numbered at request time: concurrent calls differ
    await Promise.resolve(); // answer asynchronously, as the network does
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    return {
      Credentials: {
        AccessKeyId: `ASIAFAKEWEBIDENTITY${n}`,
        SecretAccessKey: `fake-secret-${n}`,
        SessionToken: `fake-session-token-${n}`,
        Expiration: new Date(this.clock.now() + HOUR),
      },
      AssumedRoleUser: { AssumedRoleId: 'AROAFAKE:session', Arn: `arn:aws:sts::111122223333:assumed-role/web/${input.RoleSessionName}` },
      $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 },
    };
  };

  destroy(): void {}
}
