import { StsConfigurationError } from '../errors/StsConfigurationError.js';
import { readEnvBoolean, readEnvString, type Environment } from './readEnv.js';

/** The STS-specific endpoint variable (serviceId `STS`). @public */
export const ENV_ENDPOINT_URL_STS = 'AWS_ENDPOINT_URL_STS';
/** The endpoint variable for every service. @public */
export const ENV_ENDPOINT_URL = 'AWS_ENDPOINT_URL';
/** `true` makes the SDKs ignore endpoint URLs configured outside code. @public */
export const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS';

/**
 * The custom endpoint URL, if any, in botocore's order (STS-API.md §9.1):
 *
 * 1. `endpoint` passed in code;
 * 2. `AWS_ENDPOINT_URL_STS`;
 * 3. `AWS_ENDPOINT_URL`.
 *
 * `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` disables the two variables, not the option.
 *
 * @param endpoint - the `endpoint` client option
 * @param env - the environment
 * @returns the URL as configured, or `undefined` to use the AWS endpoints
 * @throws StsConfigurationError naming the source when the URL is not an http(s) URL, so a
 * typo fails here instead of as a connection error later
 * @internal
 */
export function resolveCustomEndpoint(
  endpoint: string | undefined,
  env: Environment,
): string | undefined {
  if (endpoint !== undefined) return checkedUrl(endpoint, 'endpoint');
  if (readEnvBoolean(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS) === true) return undefined;
  for (const name of [ENV_ENDPOINT_URL_STS, ENV_ENDPOINT_URL]) {
    const value = readEnvString(env, name);
    if (value !== undefined) return checkedUrl(value, name);
  }
  return undefined;
}

// The URL itself stays out of the message: it may carry user:password.
function checkedUrl(url: string, source: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : undefined;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new StsConfigurationError(`${source} must be an http or https URL`);
  }
  return url;
}
