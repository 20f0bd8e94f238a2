/**
 * One stand-in `StsClient` for the unit tests of every STS-backed provider (session-token,
 * assume-role, web-identity, saml, federation-token) and of the plumbing they share in
 * `@stskit/credentials`, so the packages' tests do not each keep a copy.
 */
import type {
  AssumeRoleRequest,
  AssumeRoleWithSAMLRequest,
  AssumeRoleWithWebIdentityRequest,
  GetFederationTokenRequest,
  GetSessionTokenRequest,
  StsClient,
} from '@stskit/sts';
import { StsServiceError } from '@stskit/sts';
import type { Clock } from '@stskit/credentials';

export const HOUR = 60 * 60_000;

/** The account of the identities the fake issues when the request names none. */
export const FAKE_ACCOUNT_ID = '111122223333';

/** The request of each operation the fake answers. */
export interface FakeStsRequests {
  readonly AssumeRole: AssumeRoleRequest;
  readonly GetSessionToken: GetSessionTokenRequest;
  readonly AssumeRoleWithSAML: AssumeRoleWithSAMLRequest;
  readonly AssumeRoleWithWebIdentity: AssumeRoleWithWebIdentityRequest;
  readonly GetFederationToken: GetFederationTokenRequest;
}

export type FakeStsOperation = keyof FakeStsRequests;

/** What a fake call received, secrets included (TokenCode, tokens), so tests can check what was sent. */
export interface RecordedRequest {
  readonly operation: FakeStsOperation;
  readonly input: Readonly<Record<string, unknown>>;
}

/**
 * Access key ID prefixes, one per operation, so a test can tell which call issued a key.
 * IDs are 20 characters, like real ones: the prefix, then the call's number, zero-padded.
 */
const KEY_PREFIX: Readonly<Record<FakeStsOperation, string>> = {
  AssumeRole: 'ASIAFAKE',
  GetSessionToken: 'ASIAFAKE',
  AssumeRoleWithSAML: 'ASIAFAKESAML',
  AssumeRoleWithWebIdentity: 'ASIAFAKEWEBIDENTITY',
  GetFederationToken: 'ASIAFAKEFEDERATED',
};

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(.+)$/u;

/** An STS refusal, as `@stskit/sts` throws it, for `failWith` and `failures`. */
export function stsError(code: string, statusCode = 400): StsServiceError {
  return new StsServiceError({ code, message: `${code}: simulated`, statusCode, retryable: false });
}

/**
 * Answers AssumeRole, GetSessionToken, AssumeRoleWithSAML, AssumeRoleWithWebIdentity and
 * GetFederationToken, asynchronously as the network does, with credentials valid for
 * `lifetimeMs` of the clock's time. Each call is recorded, and numbered when it arrives
 * (before the await), so concurrent calls get distinct credentials.
 *
 * A call fails with the next of `failures` (scripted, one per call, in order) while any are
 * left, else with `failWith` when set. `omitCredentials` answers without `Credentials`, as
 * a broken server might. `destroy()` is counted, so tests can check who closes the client.
 */
export class FakeStsClient {
  readonly requests: RecordedRequest[] = [];
  /** Failures for the next calls, one each, in order; then `failWith` applies. */
  readonly failures: unknown[] = [];
  failWith: unknown = undefined;
  lifetimeMs = HOUR;
  /** Set to answer without `Credentials`, as a broken server might. */
  omitCredentials = false;
  destroyed = 0;

  constructor(private readonly clock: Clock) {}

  /** This fake, typed as the client the providers accept. */
  get client(): StsClient {
    return this as unknown as StsClient;
  }

  /** The requests of one operation, in the order they came. */
  sent<Operation extends FakeStsOperation>(operation: Operation): FakeStsRequests[Operation][] {
    return this.requests
      .filter((request) => request.operation === operation)
      .map((request) => request.input as unknown as FakeStsRequests[Operation]);
  }

  /** How many calls of `operation` came. */
  calls(operation: FakeStsOperation): number {
    return this.sent(operation).length;
  }

  readonly assumeRole = async (input: AssumeRoleRequest) => ({
    ...(await this.#issue('AssumeRole', input)),
    AssumedRoleUser: assumedRoleUser(input.RoleArn, input.RoleSessionName),
  });

  readonly getSessionToken = (input: GetSessionTokenRequest = {}) => this.#issue('GetSessionToken', input);

  readonly assumeRoleWithSAML = async (input: AssumeRoleWithSAMLRequest) => ({
    ...(await this.#issue('AssumeRoleWithSAML', input)),
    // The session name comes from the assertion, which the fake does not read.
    AssumedRoleUser: assumedRoleUser(input.RoleArn, 'saml-user'),
  });

  readonly assumeRoleWithWebIdentity = async (input: AssumeRoleWithWebIdentityRequest) => ({
    ...(await this.#issue('AssumeRoleWithWebIdentity', input)),
    AssumedRoleUser: assumedRoleUser(input.RoleArn, input.RoleSessionName),
  });

  readonly getFederationToken = async (input: GetFederationTokenRequest) => ({
    ...(await this.#issue('GetFederationToken', input)),
    FederatedUser: {
      FederatedUserId: `${FAKE_ACCOUNT_ID}:${input.Name}`,
      Arn: `arn:aws:sts::${FAKE_ACCOUNT_ID}:federated-user/${input.Name}`,
    },
  });

  destroy(): void {
    this.destroyed++;
  }

  async #issue(operation: FakeStsOperation, input: object) {
    // Numbered before the await, so concurrent calls get distinct credentials.
    const n = this.requests.push({ operation, input: { ...input } });
    await Promise.resolve(); // answer asynchronously, as the network does
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    if (this.failWith !== undefined) throw this.failWith;
    const prefix = KEY_PREFIX[operation];
    const Credentials = {
      AccessKeyId: `${prefix}${String(n).padStart(20 - prefix.length, '0')}`,
      SecretAccessKey: `fake-secret-${n}`,
      SessionToken: `fake-session-token-${n}`,
      Expiration: new Date(this.clock.now() + this.lifetimeMs),
    };
    return { ...(this.omitCredentials ? {} : { Credentials }), $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } };
  }
}

/** The assumed-role user STS names: the role's account and name, and the session. */
function assumedRoleUser(roleArn: string, sessionName: string) {
  const [, account = '000000000000', role = 'unknown'] = ROLE_ARN.exec(roleArn) ?? [];
  return {
    AssumedRoleId: `AROAFAKE:${sessionName}`,
    Arn: `arn:aws:sts::${account}:assumed-role/${role}/${sessionName}`,
  };
}
