import { systemClock, type Clock } from './clock.js';
import type { CredentialsError } from './CredentialsError.js';
import { describeValue } from './describeValue.js';
import { isRecoverableError } from './isRecoverableError.js';
import type { RefreshingProviderOptions } from './refreshingProvider.js';
import type { Credentials, RefreshMode } from './types.js';

/**
 * The options of `createRefreshingProvider`, checked and with their defaults.
 *
 * @internal
 */
export interface CheckedRefreshingProviderOptions {
  readonly refresh: RefreshMode;
  readonly clock: Clock;
  readonly providerName: string;
  readonly cacheKey: string | undefined;
  readonly isRecoverable: (error: unknown) => boolean;
  readonly random: () => number;
  readonly onRefresh: ((credentials: Credentials) => void) | undefined;
  readonly onRefreshError: ((error: CredentialsError) => void) | undefined;
}

/**
 * Checks the options of `createRefreshingProvider` once, when the provider is made, so a
 * misused option fails there, naming itself, rather than in every call. Absent
 * (`undefined`) options take their defaults; anything else must have the option's type.
 * Each option is read once. Values are never quoted, only their kind (they may be secrets).
 *
 * @throws TypeError naming the first bad option, e.g.
 *   `clock must be an object with a now() method, got an object whose now is undefined`
 *
 * @internal
 */
export function checkRefreshingProviderOptions(options: unknown): CheckedRefreshingProviderOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`options must be an object, got ${describeValue(options)}`);
  }
  const given = options as Readonly<Record<keyof RefreshingProviderOptions, unknown>>;
  return {
    refresh: refreshMode(given.refresh),
    clock: clockOption(given.clock),
    providerName: stringOption('providerName', given.providerName) ?? 'credentials provider',
    cacheKey: stringOption('cacheKey', given.cacheKey),
    isRecoverable: functionOption<(error: unknown) => boolean>('isRecoverable', given.isRecoverable) ?? isRecoverableError,
    random: functionOption<() => number>('random', given.random) ?? Math.random,
    onRefresh: functionOption('onRefresh', given.onRefresh),
    onRefreshError: functionOption('onRefreshError', given.onRefreshError),
  };
}

function refreshMode(refresh: unknown): RefreshMode {
  if (refresh === undefined) return 'lazy';
  if (refresh === 'lazy' || refresh === 'background') return refresh;
  // A short string is shown as it is (a misspelt mode); anything else only by its kind.
  const got = typeof refresh === 'string' && refresh.length <= 20 ? JSON.stringify(refresh) : describeValue(refresh);
  throw new TypeError(`refresh must be 'lazy' or 'background', got ${got}`);
}

function clockOption(clock: unknown): Clock {
  if (clock === undefined) return systemClock;
  const isObject = (typeof clock === 'object' && clock !== null) || typeof clock === 'function';
  const now = isObject ? (clock as { now?: unknown }).now : undefined;
  if (typeof now === 'function') return clock as Clock;
  const got = isObject ? `an object whose now is ${describeValue(now)}` : describeValue(clock);
  throw new TypeError(`clock must be an object with a now() method, got ${got}`);
}

function stringOption(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new TypeError(`${name} must be a string, got ${describeValue(value)}`);
}

function functionOption<F extends (...args: never[]) => unknown>(name: string, value: unknown): F | undefined {
  if (value === undefined || typeof value === 'function') return value as F | undefined;
  throw new TypeError(`${name} must be a function, got ${describeValue(value)}`);
}
