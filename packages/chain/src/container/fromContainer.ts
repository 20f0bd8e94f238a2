/**
 * Credentials from the container credentials endpoint (ECS tasks, EKS Pod Identity,
 * CodeBuild, and local emulators), configured by the environment:
 *
 * 1. `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`: a path on `http://169.254.170.2`; or
 * 2. `AWS_CONTAINER_CREDENTIALS_FULL_URI`: https, or http to loopback or the ECS / EKS Pod
 *    Identity agents (`169.254.170.2`, `169.254.170.23`, `fd00:ec2::23`);
 * 3. `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (re-read every time) or
 *    `AWS_CONTAINER_AUTHORIZATION_TOKEN`: the `Authorization` header.
 */
import { CredentialsError, createRefreshingProvider, type CredentialProvider, type Credentials, type RefreshOptions } from '@stskit/credentials';
import { processEnv, type Environment } from '../env/Environment.js';
import { HttpTransportError } from '../http/httpRequest.js';
import { requestWithRetries } from '../http/withRetries.js';
import { parseJsonCredentials } from '../json/parseJsonCredentials.js';
import { authorizationToken } from './authorizationToken.js';
import { containerEndpoint } from './containerEndpoint.js';

/**
 * Options of {@link fromContainer}.
 *
 * @public
 */
export interface FromContainerInit extends RefreshOptions {
  /** The environment read for the endpoint and token. @defaultValue `process.env` */
  readonly env?: Environment;
  /** Deadline of one attempt. @defaultValue 1000 */
  readonly timeoutMs?: number;
  /** Attempts per fetch, after a network failure or a 5xx reply. @defaultValue 3 */
  readonly maxAttempts?: number;
}

/**
 * Credentials from the container credentials endpoint, behind the refreshing cache.
 *
 * @returns a provider rejecting with `NotLoaded` when neither URI variable is set,
 *   `InvalidConfiguration` for a disallowed URL or unreadable token file, and
 *   `ProviderFailed` when the endpoint fails or answers with anything but credentials
 *
 * @example
 * ```ts
 * const credentials = fromContainer({ timeoutMs: 2000 });
 * ```
 *
 * @public
 */
export function fromContainer(init: FromContainerInit = {}): CredentialProvider {
  const fetch = (): Promise<Credentials> =>
    fetchContainerCredentials(init.env ?? processEnv(), init.timeoutMs ?? 1000, init.maxAttempts ?? 3);
  return createRefreshingProvider(fetch, { ...init, providerName: 'fromContainer' });
}

async function fetchContainerCredentials(env: Environment, timeoutMs: number, maxAttempts: number): Promise<Credentials> {
  const url = containerEndpoint(env);
  const token = await authorizationToken(env);
  const headers: Record<string, string> = token === undefined ? {} : { Authorization: token };
  const where = `the container credentials endpoint ${url.protocol}//${url.host}`;
  const reply = await requestWithRetries({ url, headers, timeoutMs }, maxAttempts).catch((error: unknown) => {
    const reason = error instanceof HttpTransportError ? error.message : 'the request failed';
    throw new CredentialsError(`${where}: ${reason}`, { kind: 'ProviderFailed', cause: error });
  });
  if (reply.status !== 200) {
    throw new CredentialsError(`${where} answered HTTP ${reply.status}`, { kind: 'ProviderFailed' });
  }
  return parseJsonCredentials(reply.body, 'metadata', where);
}
