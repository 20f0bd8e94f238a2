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
 * A given `random` or `isRecoverable` is also checked each time it answers (on a refresh,
 * never on a cached call); a wrong answer is a `TypeError`, which reaches callers as an
 * `Unhandled` `CredentialsError`.
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
    isRecoverable: isRecoverableOption(given.isRecoverable),
    random: randomOption(given.random),
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

/**
 * A given `random`, checked on each use (a refresh, never a cached call): what it returns
 * decides timers, so anything but a number from 0 to below 1 is refused.
 */
function randomOption(value: unknown): () => number {
  const random = functionOption<() => unknown>('random', value);
  if (random === undefined) return Math.random;
  return () => {
    const drawn = random();
    if (typeof drawn === 'number' && drawn >= 0 && drawn < 1) return drawn;
    throw misbehaved('random', 'a number from 0 to below 1', drawn);
  };
}

/** A given `isRecoverable`, checked on each use (a failed refresh): it must answer a boolean. */
function isRecoverableOption(value: unknown): (error: unknown) => boolean {
  const isRecoverable = functionOption<(error: unknown) => unknown>('isRecoverable', value);
  if (isRecoverable === undefined) return isRecoverableError;
  return (error) => {
    const answer = isRecoverable(error);
    if (typeof answer === 'boolean') return answer;
    throw misbehaved('isRecoverable', 'a boolean', answer);
  };
}

/** The error for a user function that returned the wrong kind of value. */
function misbehaved(name: string, expected: string, value: unknown): TypeError {
  // Not awaited (the answer is needed now), so its rejection must not go unhandled.
  if (value instanceof Promise) value.catch(() => undefined);
  return new TypeError(`${name} must return ${expected}, got ${describeValue(value)}`);
}

function stringOption(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new TypeError(`${name} must be a string, got ${describeValue(value)}`);
}

function functionOption<F extends (...args: never[]) => unknown>(name: string, value: unknown): F | undefined {
  if (value === undefined || typeof value === 'function') return value as F | undefined;
  throw new TypeError(`${name} must be a function, got ${describeValue(value)}`);
}
