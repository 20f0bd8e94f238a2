/**
 * What kind of value `value` is, for a message that must not quote it (it may be a
 * secret): `undefined`, `null`, `an empty string`, `a string`, `a number`, `an array`,
 * `a Promise`, `an invalid Date`, `a Date`, `a function`, `an object`, …
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (value === '') return 'an empty string';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Promise) return 'a Promise';
  const time = dateTime(value);
  if (time !== undefined) return Number.isNaN(time) ? 'an invalid Date' : 'a Date';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/**
 * The time of a real `Date` (from any realm; NaN for an invalid one), or undefined for
 * anything else, including objects that merely look like a Date.
 *
 * @internal
 */
export function dateTime(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    // Throws for anything without a Date's internal slot, whatever its prototype says.
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}
