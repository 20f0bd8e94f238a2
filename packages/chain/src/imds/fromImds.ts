/**
 * Credentials of the EC2 instance profile, from the instance metadata service (IMDSv2).
 *
 * 1. `AWS_EC2_METADATA_DISABLED=true` turns the provider off (`NotLoaded`);
 * 2. the endpoint is the `endpoint` option, else `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else
 *    `http://169.254.169.254`;
 * 3. each fetch asks for a session token (PUT, with a TTL), the role name, then the role's
 *    credentials; every request has a short deadline and is retried.
 */
import type { Logger } from '@smithy/types';
import { CredentialsError, createRefreshingProvider, systemClock, type CredentialProvider, type Credentials, type RefreshOptions } from '@stskit/credentials';
import { processEnv, readEnv, type Environment } from '../env/Environment.js';
import { fetchImdsCredentials, isImdsUnreachable } from './imdsCredentials.js';
import { extendStaleCredentials, type ImdsCredentials } from './staticStability.js';

/** `true` turns IMDS credentials off. @public */
export const ENV_EC2_METADATA_DISABLED = 'AWS_EC2_METADATA_DISABLED';
/** The IMDS endpoint, e.g. a local server in tests. @public */
export const ENV_EC2_METADATA_SERVICE_ENDPOINT = 'AWS_EC2_METADATA_SERVICE_ENDPOINT';

const DEFAULT_ENDPOINT = 'http://169.254.169.254';

/**
 * Options of {@link fromImds}.
 *
 * @public
 */
export interface FromImdsInit extends RefreshOptions {
  /** @defaultValue `process.env` */
  readonly env?: Environment;
  /** @defaultValue `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else `http://169.254.169.254` */
  readonly endpoint?: string;
  /** Deadline of one request. @defaultValue 1000 */
  readonly timeoutMs?: number;
  /** Attempts per request, after a network failure or a 5xx reply. @defaultValue 3 */
  readonly maxAttempts?: number;
  /** Lifetime asked for the IMDSv2 session token. @defaultValue 21600 */
  readonly tokenTtlSeconds?: number;
  /**
   * How long past their stated expiration IMDS credentials may be served while IMDS is
   * down (see the README's static stability).
   * @defaultValue 3600000 (one hour)
   */
  readonly staleToleranceMs?: number;
  /** Warned when stale credentials are served. */
  readonly logger?: Logger;
  /** Randomness of the extension's jitter, in [0, 1). @defaultValue Math.random */
  readonly random?: () => number;
}

/**
 * The instance profile's credentials, behind the refreshing cache, with static stability:
 * while IMDS is down, the last credentials keep being served (extended 5 to 10 minutes at a
 * time once expired, for at most `staleToleranceMs` past their expiration).
 *
 * @returns a provider rejecting with `NotLoaded` when IMDS is disabled, unreachable before
 *   it ever answered, or the instance has no instance profile; `ProviderFailed` otherwise
 *
 * @example
 * ```ts
 * const credentials = fromImds({ timeoutMs: 500, maxAttempts: 2 });
 * ```
 *
 * @public
 */
export function fromImds(init: FromImdsInit = {}): CredentialProvider {
  const clock = init.clock ?? systemClock;
  let last: ImdsCredentials | undefined;
  const extend = (stale: ImdsCredentials): Credentials | undefined =>
    extendStaleCredentials(stale, {
      now: clock.now(),
      random: init.random ?? Math.random,
      staleToleranceMs: init.staleToleranceMs ?? 3_600_000,
      logger: init.logger,
    });

  const fetch = async (): Promise<Credentials> => {
    const env = init.env ?? processEnv();
    if (readEnv(env, ENV_EC2_METADATA_DISABLED)?.toLowerCase() === 'true') {
      throw new CredentialsError(`IMDS is disabled by ${ENV_EC2_METADATA_DISABLED}`, { kind: 'NotLoaded' });
    }
    try {
      const credentials = await fetchImdsCredentials({
        endpoint: imdsEndpoint(init.endpoint, env),
        timeoutMs: init.timeoutMs ?? 1000,
        maxAttempts: init.maxAttempts ?? 3,
        tokenTtlSeconds: init.tokenTtlSeconds ?? 21_600,
      });
      last = { credentials, originalExpiration: credentials.expiration };
      const expired = credentials.expiration !== undefined && credentials.expiration.getTime() <= clock.now();
      return expired ? (extend(last) ?? credentials) : credentials;
    } catch (error) {
      const extended = last === undefined ? undefined : extend(last);
      if (extended !== undefined) return extended;
      throw asImdsError(error, last !== undefined);
    }
  };
  return createRefreshingProvider(fetch, { ...init, providerName: 'fromImds' });
}

function imdsEndpoint(option: string | undefined, env: Environment): URL {
  const [source, value] = option === undefined ? [ENV_EC2_METADATA_SERVICE_ENDPOINT, readEnv(env, ENV_EC2_METADATA_SERVICE_ENDPOINT) ?? DEFAULT_ENDPOINT] : ['endpoint', option];
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new CredentialsError(`${source} is not an http or https URL`, { kind: 'InvalidConfiguration' });
  }
  return url;
}

// Unreachable before IMDS ever answered means "not on EC2": the chain moves on. Once it
// has answered, an outage is a failure the cache retries through.
function asImdsError(error: unknown, answeredBefore: boolean): CredentialsError {
  if (error instanceof CredentialsError) return error;
  if (isImdsUnreachable(error)) {
    return new CredentialsError(`IMDS: ${error.message}`, { kind: answeredBefore ? 'ProviderFailed' : 'NotLoaded', cause: error });
  }
  return new CredentialsError('IMDS: the request failed', { kind: 'ProviderFailed', cause: error });
}
