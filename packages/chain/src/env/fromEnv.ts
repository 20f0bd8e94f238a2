/**
 * Credentials from environment variables, read on every call:
 *
 * 1. `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (both, or neither);
 * 2. `AWS_SESSION_TOKEN` for temporary credentials;
 * 3. `AWS_CREDENTIAL_EXPIRATION` (ISO 8601), so a cache refreshes them in time;
 * 4. `AWS_ACCOUNT_ID`.
 */
import { createCredentials, CredentialsError, type CredentialProvider, type Credentials } from '@stskit/credentials';
import { processEnv, readEnv, type Environment } from './Environment.js';

/** @public */
export const ENV_ACCESS_KEY_ID = 'AWS_ACCESS_KEY_ID';
/** @public */
export const ENV_SECRET_ACCESS_KEY = 'AWS_SECRET_ACCESS_KEY';
/** @public */
export const ENV_SESSION_TOKEN = 'AWS_SESSION_TOKEN';
/** @public */
export const ENV_CREDENTIAL_EXPIRATION = 'AWS_CREDENTIAL_EXPIRATION';
/** @public */
export const ENV_ACCOUNT_ID = 'AWS_ACCOUNT_ID';

/**
 * Options of {@link fromEnv}.
 *
 * @public
 */
export interface FromEnvInit {
  /** The environment to read. @defaultValue `process.env`, read on each call */
  readonly env?: Environment;
}

/**
 * Credentials from the `AWS_*` environment variables.
 *
 * @returns a provider rejecting with `NotLoaded` when neither key variable is set, and
 *   `InvalidConfiguration` when only one is, or the expiration is not a date
 *
 * @example
 * ```ts
 * const credentials = fromEnv({ env: { AWS_ACCESS_KEY_ID: 'AKIA…', AWS_SECRET_ACCESS_KEY: '…' } });
 * ```
 *
 * @public
 */
export function fromEnv(init: FromEnvInit = {}): CredentialProvider {
  const fromEnv = async (): Promise<Credentials> => credentialsFromEnv(init.env ?? processEnv());
  return Object.assign(fromEnv, { close: () => undefined });
}

function credentialsFromEnv(env: Environment): Credentials {
  const accessKeyId = readEnv(env, ENV_ACCESS_KEY_ID);
  const secretAccessKey = readEnv(env, ENV_SECRET_ACCESS_KEY);
  if (accessKeyId === undefined && secretAccessKey === undefined) {
    throw new CredentialsError(`${ENV_ACCESS_KEY_ID} is not set`, { kind: 'NotLoaded' });
  }
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    const [set, unset] = accessKeyId === undefined ? [ENV_SECRET_ACCESS_KEY, ENV_ACCESS_KEY_ID] : [ENV_ACCESS_KEY_ID, ENV_SECRET_ACCESS_KEY];
    throw new CredentialsError(`${set} is set but ${unset} is not`, { kind: 'InvalidConfiguration' });
  }
  const sessionToken = readEnv(env, ENV_SESSION_TOKEN);
  const expiration = readExpiration(env);
  const accountId = readEnv(env, ENV_ACCOUNT_ID);
  return createCredentials({ accessKeyId, secretAccessKey, sessionToken, expiration, accountId });
}

function readExpiration(env: Environment): Date | undefined {
  const value = readEnv(env, ENV_CREDENTIAL_EXPIRATION);
  if (value === undefined) return undefined;
  const expiration = new Date(value);
  if (Number.isNaN(expiration.getTime())) {
    throw new CredentialsError(`${ENV_CREDENTIAL_EXPIRATION} is not an ISO 8601 date: '${value}'`, { kind: 'InvalidConfiguration' });
  }
  return expiration;
}
