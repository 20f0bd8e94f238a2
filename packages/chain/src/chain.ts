import type { CredentialsProviderError } from '@smithy/property-provider';
import type { AwsCredentialIdentity } from '@smithy/types';
import { CredentialsError, unusableCredentialsError, type CredentialProvider, type CredentialProviderCallOptions, type Credentials, type CredentialsErrorKind } from '@stskit/credentials';
import { ProviderChainError, type ProviderAttempt } from './ProviderChainError.js';

/**
 * Anything that gives credentials when called: a stskit provider, or any AWS SDK v3
 * credential provider.
 *
 * @public
 */
export type AnyCredentialProvider = (options?: CredentialProviderCallOptions) => Promise<AwsCredentialIdentity>;

/**
 * A link of a {@link chain}: a `[name, provider]` pair, or a provider named by its
 * function name.
 *
 * @public
 */
export type ChainLink = AnyCredentialProvider | readonly [name: string, provider: AnyCredentialProvider];

/**
 * Tries each provider in turn; the first that yields credentials wins.
 *
 * - A link that does not apply here passes to the next: it rejects with `tryNextLink: true`,
 *   which is a stskit `CredentialsError` of kind `NotLoaded`, or an AWS SDK v3
 *   `CredentialsProviderError` with `tryNextLink` true.
 * - Any other rejection (AccessDenied, a bad MFA code, a misconfigured profile) stops the
 *   chain: it rejects with a {@link ProviderChainError} naming that link, of the link's
 *   kind (`ProviderFailed` for a foreign provider error, `Unhandled` for anything else).
 * - When every link passes, one {@link ProviderChainError} of kind `NotLoaded` lists each
 *   link and why, so an enclosing chain moves on.
 *
 * The chain caches nothing and walks the links on every call; {@link defaultProvider}
 * puts the refreshing cache in front. `close()` closes every link that can be closed.
 *
 * @param links - providers, or `[name, provider]` pairs; unnamed anonymous providers are
 *   called `link N`
 * @throws TypeError when given no link, or a link that is not a provider
 *
 * @example
 * ```ts
 * const credentials = chain(['environment', fromEnv()], ['profile', fromProfile({ profile: 'dev' })]);
 * ```
 *
 * @public
 */
export function chain(...links: readonly ChainLink[]): CredentialProvider {
  if (links.length === 0) throw new TypeError('chain needs at least one provider');
  const named = links.map(toNamedLink);
  const provider = async (options?: CredentialProviderCallOptions): Promise<Credentials> => {
    const attempts: ProviderAttempt[] = [];
    for (const [name, link] of named) {
      try {
        const credentials = await link(options);
        // A link's result is handed straight on, so it is checked here: the cache behind
        // defaultProvider checks what it keeps, but a bare chain has no cache.
        const unusable = unusableCredentialsError(name, credentials);
        if (unusable !== undefined) throw unusable;
        return credentials;
      } catch (error) {
        attempts.push({ provider: name, reason: reasonOf(error), error });
        if (!passesToNextLink(error)) throw ProviderChainError.stoppedBy(attempts, kindOf(error));
      }
    }
    throw ProviderChainError.allPassed(attempts);
  };
  const close = (): void => {
    for (const [, link] of named) (link as Partial<CredentialProvider>).close?.();
  };
  return Object.assign(provider, { close });
}

function toNamedLink(link: ChainLink, index: number): readonly [string, AnyCredentialProvider] {
  if (typeof link === 'function') return [link.name === '' ? `link ${index + 1}` : link.name, link];
  if (Array.isArray(link) && typeof link[0] === 'string' && typeof link[1] === 'function') return link;
  throw new TypeError(`Expected chain link ${index + 1} to be a provider or a [name, provider] pair`);
}

function passesToNextLink(error: unknown): boolean {
  return (error as Partial<CredentialsProviderError> | undefined)?.tryNextLink === true;
}

// By shape rather than `instanceof`: SDK v3 providers may bring their own copy of
// @smithy/property-provider, whose errors are still provider errors.
function kindOf(error: unknown): CredentialsErrorKind {
  if (error instanceof CredentialsError) return error.kind;
  return typeof (error as Partial<CredentialsProviderError> | undefined)?.tryNextLink === 'boolean' ? 'ProviderFailed' : 'Unhandled';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
