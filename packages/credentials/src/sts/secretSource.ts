import { createHash } from 'node:crypto';
import { CredentialsError } from '../CredentialsError.js';
import { objectId } from './objectId.js';
import type { OptionRule } from './optionRules.js';

/**
 * A secret request member given to a provider (a web identity token, a SAML assertion):
 * the secret itself, or a function giving a current one, called on every refresh (such
 * secrets are short-lived, so a fixed one only serves the first fetches).
 *
 * @public
 */
export type SecretSource = string | (() => string | Promise<string>);

/**
 * The option rule of a {@link SecretSource}: a function, or a string passing `rule`.
 *
 * @param rule - what a fixed secret must be, e.g. `stringOption(4, 20000)`
 *
 * @public
 */
export function secretSourceOption(rule: OptionRule): OptionRule {
  return (value) => (typeof value === 'function' ? undefined : rule(value));
}

/**
 * The current secret: a fixed one as it is (validated with the provider's options), or
 * what the function gives, checked against `rule` before it is sent, since it is user
 * code and STS's reply to nonsense would say less. A function that throws passes its
 * error through.
 *
 * @param source - the option's value
 * @param rule - what the secret must be
 * @param option - the option's name, e.g. `samlAssertion`
 * @param providerName - starts the message, e.g. `fromSaml`
 * @throws CredentialsError of kind `InvalidConfiguration` when the function gives
 *   something that breaks `rule`; the message never quotes it
 *
 * @public
 */
export async function readSecretSource(
  source: SecretSource,
  rule: OptionRule,
  option: string,
  providerName: string,
): Promise<string> {
  if (typeof source === 'string') return source;
  const secret: unknown = await source();
  const problem = rule(secret);
  if (problem !== undefined) {
    throw new CredentialsError(`${providerName}: what ${option}() gave ${problem}`, { kind: 'InvalidConfiguration' });
  }
  return secret as string;
}

/**
 * How a {@link SecretSource} enters the provider's `cacheKey` (see `providerCacheKey`): a
 * fixed secret as its SHA-256 digest, so the key never holds the secret itself; a function
 * by identity, so providers sharing one source share calls in flight, and providers with
 * different sources never do.
 *
 * @returns e.g. `sha256:9f86d0…` or `function#3`
 *
 * @example
 * ```ts
 * const cacheKey = providerCacheKey('AssumeRoleWithSAML', { ...request, SAMLAssertion: secretSourceKey(init.samlAssertion) }, init);
 * ```
 *
 * @public
 */
export function secretSourceKey(source: SecretSource): string {
  if (typeof source === 'string') return `sha256:${createHash('sha256').update(source).digest('hex')}`;
  return `function#${objectId(source)}`;
}
