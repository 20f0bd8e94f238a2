/**
 * An STS client on fake time for the soak: AssumeRole answers after a latency on the
 * injected ManualClock, with credentials of a fixed lifetime counted from the request (as
 * STS counts them), or fails with the errors `@stskit/sts` throws for throttling, a 500, a
 * reset connection, or an `AccessDenied` burst. Every outcome is counted.
 */
import { StsNetworkError, StsServiceError } from '@stskit/sts';
import type { ManualClock } from '@stskit/credentials';

export type FakeFault = 'throttling' | 'internal-error' | 'connection-reset' | 'access-denied';

export interface FakeStsPlan {
  /** Decides each call's fault, if any, and its latency, from the session name. */
  next(sessionName: string): { readonly fault?: FakeFault; readonly latencyMs: number };
}

export class FakeStsClient {
  readonly counts = { calls: 0, successes: 0, throttling: 0, 'internal-error': 0, 'connection-reset': 0, 'access-denied': 0 };
  #serial = 0;

  constructor(
    private readonly clock: ManualClock,
    private readonly plan: FakeStsPlan,
    private readonly lifetimeMs: number,
  ) {}

  async assumeRole(input: { readonly RoleSessionName: string }): Promise<unknown> {
    this.counts.calls++;
    const requestedAt = this.clock.now();
    const { fault, latencyMs } = this.plan.next(input.RoleSessionName);
    if (latencyMs > 0) await new Promise((resolve) => this.clock.setTimeout(() => resolve(undefined), latencyMs));
    if (fault !== undefined) {
      this.counts[fault]++;
      throw faultError(fault);
    }
    this.counts.successes++;
    const serial = ++this.#serial;
    const secretAccessKey = `soakSecret${serial}`;
    const sessionToken = `soakToken${serial}`;
    return {
      Credentials: {
        AccessKeyId: `ASIASOAK${serial}`,
        SecretAccessKey: secretAccessKey,
        SessionToken: sessionToken,
        Expiration: new Date(requestedAt + this.lifetimeMs),
      },
      AssumedRoleUser: { Arn: `arn:aws:sts::111122223333:assumed-role/soak/${input.RoleSessionName}`, AssumedRoleId: `AROASOAK:${input.RoleSessionName}` },
    };
  }
}

function faultError(fault: FakeFault): Error {
  switch (fault) {
    case 'throttling':
      return new StsServiceError({ code: 'Throttling', message: 'Rate exceeded', statusCode: 400, retryable: true });
    case 'internal-error':
      return new StsServiceError({ code: 'InternalFailure', message: 'internal', statusCode: 500, retryable: true });
    case 'connection-reset':
      return new StsNetworkError('connection to sts closed mid-reply', 'ECONNRESET');
    case 'access-denied':
      return new StsServiceError({ code: 'AccessDenied', message: 'not authorized to perform sts:AssumeRole', statusCode: 403, retryable: false });
  }
}
