import { CredentialsError, type Credentials } from '@stskit/credentials';
import { HttpTransportError, type HttpReply } from '../http/httpRequest.js';
import { requestWithRetries } from '../http/withRetries.js';
import { parseJsonCredentials } from '../json/parseJsonCredentials.js';

const TOKEN_PATH = '/latest/api/token';
const ROLE_PATH = '/latest/meta-data/iam/security-credentials/';
const TOKEN_TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
const TOKEN_HEADER = 'x-aws-ec2-metadata-token';

/** @internal */
export interface ImdsRequestOptions {
  readonly endpoint: URL;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly tokenTtlSeconds: number;
}

/**
 * Fetches the instance profile's credentials with IMDSv2: a session token (PUT), then the
 * role name, then that role's credentials. There is no fallback to IMDSv1, whose
 * unauthenticated GETs are what SSRF attacks on EC2 exploit.
 *
 * @throws HttpTransportError when IMDS does not answer (so a caller can tell "not on EC2")
 * @throws CredentialsError `NotLoaded` when the instance has no instance profile, and
 *   `ProviderFailed` for any error reply or unusable credentials
 * @internal
 */
export async function fetchImdsCredentials(options: ImdsRequestOptions): Promise<Credentials> {
  const send = (path: string, method: 'GET' | 'PUT', headers: Record<string, string>): Promise<HttpReply> =>
    requestWithRetries({ url: new URL(path, options.endpoint), method, headers, timeoutMs: options.timeoutMs }, options.maxAttempts);
  const tokenReply = await send(TOKEN_PATH, 'PUT', { [TOKEN_TTL_HEADER]: String(options.tokenTtlSeconds) });
  expectOk(tokenReply, 'the IMDSv2 session token request');
  const session = { [TOKEN_HEADER]: tokenReply.body.trim() };
  const roleReply = await send(ROLE_PATH, 'GET', session);
  if (roleReply.status === 404) {
    throw new CredentialsError('IMDS: this instance has no instance profile', { kind: 'NotLoaded' });
  }
  expectOk(roleReply, 'the instance profile role request');
  const role = roleReply.body.split('\n')[0]!.trim();
  const credentialsReply = await send(`${ROLE_PATH}${encodeURIComponent(role)}`, 'GET', session);
  expectOk(credentialsReply, `the credentials request for role ${role}`);
  return parseJsonCredentials(credentialsReply.body, 'metadata', `IMDS (role ${role})`);
}

function expectOk(reply: HttpReply, what: string): void {
  if (reply.status === 200) return;
  // 403 on the token PUT: IMDS is disabled, or a container is beyond the hop limit.
  throw new CredentialsError(`IMDS answered ${what} with HTTP ${reply.status}`, { kind: 'ProviderFailed' });
}

/** @internal */
export function isImdsUnreachable(error: unknown): error is HttpTransportError {
  return error instanceof HttpTransportError;
}
