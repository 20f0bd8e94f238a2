import { CredentialsError } from '@stskit/credentials';
import { readEnv, type Environment } from '../env/Environment.js';

/** A path on the ECS agent's endpoint, `http://169.254.170.2`. @public */
export const ENV_CONTAINER_CREDENTIALS_RELATIVE_URI = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI';
/** A full URL: https, or http to a loopback, ECS or EKS Pod Identity address. @public */
export const ENV_CONTAINER_CREDENTIALS_FULL_URI = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';

const ECS_ENDPOINT = 'http://169.254.170.2';

// Plain http would send the authorization token (and receive secrets) in clear text, so it
// is allowed only to addresses that never leave the host or the task: loopback, the ECS
// agent, and the EKS Pod Identity agent (IPv4 and IPv6), as botocore and SDK v3 allow.
const LINK_LOCAL_HOSTS = new Set(['169.254.170.2', '169.254.170.23', '[fd00:ec2::23]']);

/**
 * The URL of the container credentials endpoint, from
 * `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (preferred, as in every SDK) or
 * `AWS_CONTAINER_CREDENTIALS_FULL_URI`.
 *
 * @throws CredentialsError `NotLoaded` when neither is set; `InvalidConfiguration` for a URL
 *   that is malformed, or plain http to a host other than those allowed
 * @internal
 */
export function containerEndpoint(env: Environment): URL {
  const relative = readEnv(env, ENV_CONTAINER_CREDENTIALS_RELATIVE_URI);
  if (relative !== undefined) return new URL(relative.startsWith('/') ? relative : `/${relative}`, ECS_ENDPOINT);
  const full = readEnv(env, ENV_CONTAINER_CREDENTIALS_FULL_URI);
  if (full === undefined) {
    throw new CredentialsError(`neither ${ENV_CONTAINER_CREDENTIALS_RELATIVE_URI} nor ${ENV_CONTAINER_CREDENTIALS_FULL_URI} is set`, { kind: 'NotLoaded' });
  }
  const url = URL.canParse(full) ? new URL(full) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new CredentialsError(`${ENV_CONTAINER_CREDENTIALS_FULL_URI} is not an http or https URL`, { kind: 'InvalidConfiguration' });
  }
  if (url.protocol === 'http:' && !isAllowedHttpHost(url.hostname)) {
    throw new CredentialsError(
      `${ENV_CONTAINER_CREDENTIALS_FULL_URI} uses plain http to ${url.hostname}; http is allowed only to loopback, 169.254.170.2, 169.254.170.23 and fd00:ec2::23`,
      { kind: 'InvalidConfiguration' },
    );
  }
  return url;
}

function isAllowedHttpHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname) || LINK_LOCAL_HOSTS.has(hostname);
}
