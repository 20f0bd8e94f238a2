import type { StsOperationName } from '@stskit/sts';
import { objectId } from './objectId.js';
import type { StsProviderOptions } from './StsProviderOptions.js';

/**
 * Who signs and where the call goes: a given client (by identity), or the source
 * credentials (a static key by its access key ID, a provider function by identity) with
 * the endpoint and region of the provider's own client. Two providers with equal
 * identities get the same credentials from the same request.
 */
function sourceIdentity(options: StsProviderOptions): Record<string, unknown> {
  if (options.client !== undefined) return { client: objectId(options.client) };
  const credentials = options.sourceCredentials ?? options.clientConfig?.credentials;
  return {
    credentials:
      credentials === undefined
        ? null
        : typeof credentials === 'function'
          ? `provider#${objectId(credentials)}`
          : `key#${credentials.accessKeyId}`,
    endpoint: options.clientConfig?.endpoint ?? null,
    region: options.clientConfig?.region ?? null,
  };
}

/**
 * JSON with object keys sorted at every depth and `undefined` members left out (as
 * `JSON.stringify` does), so equal requests give equal keys whatever their key order.
 */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}

/**
 * The `cacheKey` of an STS-backed provider (see `createRefreshingProvider`): separate
 * providers sending the same request from the same source share one call in flight, so
 * 100 providers assuming the same role make one STS call.
 *
 * The key covers the operation, every request member that changes the result, and the
 * identity of what signs the call and where it goes. `TokenCode` is left out: it changes
 * with every call, not the credentials it buys, and a key must never hold a secret. Other
 * secret members (a web identity token, a SAML assertion) should be passed as a digest.
 *
 * @param operation - the STS operation, e.g. `AssumeRole`
 * @param request - the request members, in the API's names
 * @param options - the provider's options, for the identity of its client or source
 * @returns a string that is equal for equal requests from equal sources
 *
 * @example
 * ```ts
 * const cacheKey = providerCacheKey('AssumeRole', { RoleArn, RoleSessionName }, init);
 * ```
 *
 * @public
 */
export function providerCacheKey(
  operation: StsOperationName,
  request: object,
  options: StsProviderOptions,
): string {
  const { TokenCode: _tokenCode, ...members } = request as Readonly<Record<string, unknown>>;
  return stableJson({ operation, request: members, source: sourceIdentity(options) });
}
