import { StsConfigurationError } from '../errors/StsConfigurationError.js';

/**
 * The environment variables a resolver reads, injected so that tests never touch
 * `process.env`; the client passes `process.env` unless told otherwise.
 *
 * @public
 */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads a string variable. An empty value counts as unset: `export AWS_REGION=` is a common
 * way to clear a variable in a shell, and none of these settings has a meaningful empty value.
 *
 * @param env - the environment
 * @param name - e.g. `AWS_REGION`
 * @returns the value, or `undefined` when the variable is unset or empty
 * @public
 */
export function readEnvString(env: Environment, name: string): string | undefined {
  const value = env[name];
  return value === '' ? undefined : value;
}

/**
 * Reads a boolean variable: `true` or `false`, in any case.
 *
 * @param env - the environment
 * @param name - e.g. `AWS_USE_FIPS_ENDPOINT`
 * @returns the value, or `undefined` when the variable is unset or empty
 * @throws StsConfigurationError naming the variable for any other value, rather than
 * silently reading a typo such as `ture` as false
 * @internal
 */
export function readEnvBoolean(env: Environment, name: string): boolean | undefined {
  const value = readEnvString(env, name);
  if (value === undefined) return undefined;
  switch (value.toLowerCase()) {
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new StsConfigurationError(`${name} must be 'true' or 'false', got '${value}'`);
  }
}
