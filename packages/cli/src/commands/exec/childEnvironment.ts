import { CREDENTIAL_VARIABLE_NAMES } from '../../credentials/credentialVariables.js';

/** Set by `exec --server`. @public */
export const ENV_CONTAINER_CREDENTIALS_FULL_URI = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
/** Set by `exec --server`. @public */
export const ENV_CONTAINER_AUTHORIZATION_TOKEN = 'AWS_CONTAINER_AUTHORIZATION_TOKEN';

/**
 * Inherited variables that would make a child's SDK pick other credentials than ours:
 * SDKs read static keys and profiles before the container endpoint, and the relative URI
 * and token file before the full URI and token we set.
 */
const SHADOWING_VARIABLES: readonly string[] = [
  ...CREDENTIAL_VARIABLE_NAMES,
  'AWS_PROFILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  ENV_CONTAINER_CREDENTIALS_FULL_URI,
  ENV_CONTAINER_AUTHORIZATION_TOKEN,
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
];

/**
 * The child's environment: the parent's, minus anything that would shadow our
 * credentials, plus `variables`.
 *
 * @public
 */
export function childEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  variables: ReadonlyArray<readonly [string, string]>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && !SHADOWING_VARIABLES.includes(name)) env[name] = value;
  }
  for (const [name, value] of variables) env[name] = value;
  return env;
}
