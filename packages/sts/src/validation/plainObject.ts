/**
 * Whether `value` is a plain object: an object literal, `Object.create(null)` or one from
 * another realm, but not an array, a `Date`, a `Map` or a class instance. Only a plain
 * object's members are what the caller wrote; a `Date` given for a structure has none, so
 * it would be sent as nothing.
 *
 * @internal
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  // Object.prototype of any realm has a null prototype; Date.prototype, Map.prototype and a
  // class's prototype do not.
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
