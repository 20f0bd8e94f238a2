import { readFile } from 'node:fs/promises';
import { CredentialsError } from '@stskit/credentials';
import { readEnv, type Environment } from '../env/Environment.js';

/** The value of the `Authorization` header. @public */
export const ENV_CONTAINER_AUTHORIZATION_TOKEN = 'AWS_CONTAINER_AUTHORIZATION_TOKEN';
/** A file holding that value; preferred over the variable, and re-read on every fetch. @public */
export const ENV_CONTAINER_AUTHORIZATION_TOKEN_FILE = 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE';

/**
 * The `Authorization` header for the container endpoint, if any. The file is read on every
 * fetch because EKS Pod Identity rotates the token in place.
 *
 * @throws CredentialsError `InvalidConfiguration` when the file cannot be read, or the token
 *   holds a line break (which would let it inject headers)
 * @internal
 */
export async function authorizationToken(env: Environment): Promise<string | undefined> {
  const file = readEnv(env, ENV_CONTAINER_AUTHORIZATION_TOKEN_FILE);
  const token = file === undefined ? readEnv(env, ENV_CONTAINER_AUTHORIZATION_TOKEN) : await readTokenFile(file);
  if (token !== undefined && /[\r\n]/.test(token)) {
    const source = file === undefined ? ENV_CONTAINER_AUTHORIZATION_TOKEN : `the file in ${ENV_CONTAINER_AUTHORIZATION_TOKEN_FILE}`;
    throw new CredentialsError(`the container authorization token from ${source} contains a line break`, { kind: 'InvalidConfiguration' });
  }
  return token;
}

async function readTokenFile(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    throw new CredentialsError(`cannot read ${ENV_CONTAINER_AUTHORIZATION_TOKEN_FILE} (${path})`, { kind: 'InvalidConfiguration', cause: error });
  }
}
