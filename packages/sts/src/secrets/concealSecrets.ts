import { inspect } from 'node:util';

/** What a concealed secret prints as. */
export const REDACTED = '[redacted]';

/**
 * Makes `JSON.stringify` and `util.inspect` (so `console.log` and most loggers) show
 * `[redacted]` for the named properties of `target`, which stay readable and enumerable:
 * SDK v3 code reads `credentials.secretAccessKey` and sometimes spreads credentials, so
 * hiding the properties themselves would break it. Returns `target`.
 *
 * @example
 * concealSecrets(credentials, ['SecretAccessKey', 'SessionToken']);
 * JSON.stringify(credentials); // {"AccessKeyId":"ASIA…","SecretAccessKey":"[redacted]",…}
 *
 * @public
 */
export function concealSecrets<T extends object>(target: T, secretKeys: readonly (keyof T & string)[]): T {
  const redactedCopy = (): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
    for (const key of secretKeys) {
      if (copy[key] !== undefined) copy[key] = REDACTED;
    }
    return copy;
  };
  Object.defineProperty(target, 'toJSON', { value: redactedCopy, enumerable: false, configurable: true });
  Object.defineProperty(target, inspect.custom, {
    value: (depth: number, options: object) => inspect(redactedCopy(), { ...options, depth }),
    enumerable: false,
    configurable: true,
  });
  return target;
}
