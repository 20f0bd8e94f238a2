/**
 * Values a careless or hostile caller can pass where an option or input member belongs:
 * everything `fc.anything()` draws, plus the ones that break code that trusts its input
 * (throwing getters, null-prototype objects, lone surrogates, non-finite
 * and unsafe numbers, invalid dates, sparse arrays, symbols and bigints).
 *
 * Revoked proxies are left out: fast-check itself inspects every value it draws.
 */
import fc from 'fast-check';

/** The error a hostile getter throws; a rejection with it is the caller's own doing. */
export class HostileGetterError extends Error {
  override name = 'HostileGetterError';
}

const hostile: fc.Arbitrary<unknown> = fc.constantFrom<() => unknown>(
  () => Object.create(null) as object,
  () => Object.defineProperty({}, 'arn', { enumerable: true, get: () => { throw new HostileGetterError('getter'); } }),
  () => new Date(Number.NaN),
  () => [, , 1],
  () => Symbol('option'),
  () => 10n ** 30n,
  () => '\uD800lone',
  () => 'a'.repeat(200_000),
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => -0,
  () => 2 ** 53 + 2,
  () => 1e21,
  () => '900',
  () => () => undefined,
  () => async () => { throw new Error('rejects'); },
  () => new Map([['a', 1]]),
  () => Promise.resolve('later'),
  () => ({ toString: () => { throw new HostileGetterError('toString'); } }),
).map((make) => make());

/** Any value at all, hostile ones often. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }) },
  { weight: 2, arbitrary: hostile },
);

/**
 * An object whose members are drawn from `members` (each maybe left out, and often replaced
 * by any value at all) plus random extra keys. Members named in `exact` are never replaced:
 * for options with a known bug that would otherwise fail every run (see the report).
 */
export function optionsObject(
  members: Readonly<Record<string, fc.Arbitrary<unknown>>>,
  exact: readonly string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const withGarbage = Object.fromEntries(
    Object.entries(members).map(([name, valid]) => [
      name,
      exact.includes(name) ? valid : fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyValue }),
    ]),
  );
  return fc
    .tuple(fc.record(withGarbage, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
}
