import { createHash } from 'node:crypto';

/** Numbers given to secret-giving functions, which have no identity of their own to print. */
const functionIds = new WeakMap<object, number>();
let nextFunctionId = 1;

/**
 * How a secret request member given to a provider (a web identity token, a SAML
 * assertion), or the function that gives it, enters the provider's `cacheKey` (see
 * `providerCacheKey`): a fixed secret as its SHA-256 digest, so the key never holds the
 * secret itself; a function by identity, so providers sharing one token source share
 * calls in flight, and providers with different sources never do.
 *
 * @param source - the secret, or the function called for it on each refresh
 * @returns e.g. `sha256:9f86d0…` or `function#3`
 *
 * @example
 * ```ts
 * const cacheKey = providerCacheKey('AssumeRoleWithSAML', { ...request, SAMLAssertion: secretSourceKey(init.samlAssertion) }, init);
 * ```
 *
 * @public
 */
export function secretSourceKey(source: string | (() => unknown)): string {
  if (typeof source === 'string') return `sha256:${createHash('sha256').update(source).digest('hex')}`;
  let id = functionIds.get(source);
  if (id === undefined) {
    id = nextFunctionId++;
    functionIds.set(source, id);
  }
  return `function#${id}`;
}
