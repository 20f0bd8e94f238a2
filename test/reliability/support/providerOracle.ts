/**
 * The oracle of the provider fuzzer: what a factory may throw, what a call may give, and
 * which drawn secrets a refusal must not quote.
 */
import { CredentialsError, type CredentialProvider } from '@stskit/credentials';
import { HostileGetterError } from './hostileValues.js';

/**
 * The drawn secrets (`S3cr3t…` strings, given directly or returned by a token function) in
 * an init object, read without triggering its hostile getters.
 */
export async function secretsIn(value: unknown, depth = 0): Promise<string[]> {
  if (typeof value === 'string') return value.startsWith('S3cr3t') ? [value] : [];
  if (typeof value === 'function' && depth > 0 && value.length === 0 && !/throw/.test(String(value))) {
    try {
      return await secretsIn(await (value as () => unknown)(), depth + 1);
    } catch {
      return [];
    }
  }
  if (typeof value !== 'object' || value === null || depth > 3) return [];
  const members = Object.values(Object.getOwnPropertyDescriptors(value))
    .filter((descriptor) => 'value' in descriptor)
    .map((descriptor) => secretsIn(descriptor.value, depth + 1));
  return (await Promise.all(members)).flat();
}

export function expectConfigurationRefusal(error: unknown, secrets: readonly string[]): void {
  // A hostile getter's own error passing through is the caller's doing, not ours.
  const typed =
    error instanceof TypeError ||
    error instanceof HostileGetterError ||
    (error instanceof CredentialsError && error.kind === 'InvalidConfiguration');
  if (!typed) throw error;
  for (const secret of secrets) expect((error as Error).message).not.toContain(secret);
}

/**
 * One call: it must return a promise, which resolves with credentials (or, for a bare
 * cache, with exactly what its `fetch` gave) or rejects with a CredentialsError.
 */
export async function expectTypedCall(provider: CredentialProvider, secrets: readonly string[], fetch?: () => unknown): Promise<void> {
  let call: Promise<unknown>;
  try {
    call = provider();
  } catch (thrown) {
    throw new Error(`the provider threw synchronously: ${String(thrown)}`);
  }
  const outcome = await call.then(
    (credentials) => ({ credentials }),
    (error: unknown) => ({ error }),
  );
  if ('credentials' in outcome) {
    const { expiration } = (outcome.credentials ?? {}) as { expiration?: unknown };
    if (expiration instanceof Date) expect(expiration.getTime()).toBeGreaterThan(Date.now() - 60_000);
    if (fetch === undefined) expect(typeof (outcome.credentials as { accessKeyId?: unknown }).accessKeyId).toBe('string');
    return;
  }
  if (outcome.error instanceof HostileGetterError) return;
  if (!(outcome.error instanceof CredentialsError)) throw outcome.error;
  for (const secret of secrets) expect(outcome.error.message).not.toContain(secret);
}
