/**
 * `fromWebIdentityEnv`: `fromWebIdentity` configured by the environment, as EKS (IRSA),
 * and any platform following its convention, sets it up for a pod.
 *
 * Inputs:
 * 1. The environment (`init.env`, default `process.env`); an empty value counts as unset:
 *    `AWS_WEB_IDENTITY_TOKEN_FILE` (required), `AWS_ROLE_ARN` (required),
 *    `AWS_ROLE_SESSION_NAME` (optional).
 * 2. Everything else `fromWebIdentity` accepts, from `init`; the client the provider builds
 *    reads its region and endpoint from the same environment.
 *
 * ```sh
 * AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
 * AWS_ROLE_ARN=arn:aws:iam::111122223333:role/orders-reader
 * AWS_ROLE_SESSION_NAME=orders-7d9f    # optional
 * AWS_REGION=eu-west-1
 * ```
 */
import { CredentialsError, type CredentialProvider } from '@stskit/credentials';
import { fromWebIdentity, type FromWebIdentityInit } from './fromWebIdentity.js';

/** The token file's path. @public */
export const ENV_TOKEN_FILE = 'AWS_WEB_IDENTITY_TOKEN_FILE';
/** The role to assume. @public */
export const ENV_ROLE_ARN = 'AWS_ROLE_ARN';
/** The session name; optional. @public */
export const ENV_ROLE_SESSION_NAME = 'AWS_ROLE_SESSION_NAME';

const PROVIDER_NAME = 'fromWebIdentityEnv';

/**
 * Options of {@link fromWebIdentityEnv}: those of `fromWebIdentity` that the environment
 * does not give, plus the environment itself.
 *
 * @public
 */
export interface FromWebIdentityEnvInit
  extends Omit<FromWebIdentityInit, 'roleArn' | 'roleSessionName' | 'webIdentityToken' | 'webIdentityTokenFile'> {
  /**
   * The environment to read, injected by tests.
   * @defaultValue `process.env`
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Creates a `fromWebIdentity` provider from `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`
 * and `AWS_ROLE_SESSION_NAME`, read once, now. Creating it never throws for the
 * environment's sake, so it can sit in a chain on any machine; calling it rejects with a
 * `CredentialsError` of kind:
 *
 * - `NotLoaded` when neither required variable is set: web identity is not configured
 *   here, and a chain moves on to its next provider;
 * - `InvalidConfiguration` when only one is, naming the missing one, or when their values
 *   are invalid: the setup is half done, and a chain stops rather than hide it.
 *
 * @param init - further `fromWebIdentity` options, and the environment
 * @returns a provider usable as the `credentials` of any AWS SDK v3 client
 * @throws TypeError when `client` is combined with `clientConfig`
 *
 * @example
 * ```ts
 * const s3 = new S3Client({ credentials: fromWebIdentityEnv({ refresh: 'background' }) });
 * ```
 *
 * @public
 */
export function fromWebIdentityEnv(init: FromWebIdentityEnvInit = {}): CredentialProvider {
  const { env = process.env, ...options } = init;
  const read = (name: string): string | undefined => (env[name] === '' ? undefined : env[name]);
  const webIdentityTokenFile = read(ENV_TOKEN_FILE);
  const roleArn = read(ENV_ROLE_ARN);
  if (webIdentityTokenFile === undefined && roleArn === undefined) {
    return rejecting(new CredentialsError(`${PROVIDER_NAME}: ${ENV_TOKEN_FILE} and ${ENV_ROLE_ARN} are not set`, { kind: 'NotLoaded' }));
  }
  if (webIdentityTokenFile === undefined || roleArn === undefined) {
    const missing = webIdentityTokenFile === undefined ? ENV_TOKEN_FILE : ENV_ROLE_ARN;
    const present = webIdentityTokenFile === undefined ? ENV_ROLE_ARN : ENV_TOKEN_FILE;
    return rejecting(
      new CredentialsError(`${PROVIDER_NAME}: ${present} is set but ${missing} is not`, { kind: 'InvalidConfiguration' }),
    );
  }
  const roleSessionName = read(ENV_ROLE_SESSION_NAME);
  // The client takes its region and endpoint from the same environment as the rest.
  const clientConfig = options.client === undefined ? { env, ...options.clientConfig } : options.clientConfig;
  try {
    return fromWebIdentity({ ...options, clientConfig, roleArn, webIdentityTokenFile, roleSessionName });
  } catch (error) {
    if (error instanceof CredentialsError) return rejecting(error);
    throw error;
  }
}

/** A provider that can only fail, so a chain meets the error when it calls, not when it is built. */
function rejecting(error: CredentialsError): CredentialProvider {
  return Object.assign(() => Promise.reject(error), { close: () => undefined });
}
