import type { Environment } from '@stskit/sts';

export type { Environment };

/**
 * Reads a variable, an empty value counting as unset (`export AWS_PROFILE=` is how shells
 * clear a variable): the same rule as `@stskit/sts` reads its own by.
 *
 * @internal
 */
export { readEnvString as readEnv } from '@stskit/sts';

/**
 * The environment providers read when none is injected; read on every call, never copied,
 * so a program that sets a variable later is seen.
 *
 * @internal
 */
export function processEnv(): Environment {
  return process.env;
}
