import {
  readSecretSource,
  secretSourceKey,
  secretSourceOption,
  stringOption,
  type OptionRule,
  type SecretSource,
} from '@stskit/credentials';
import { readTokenFile } from './readTokenFile.js';

/**
 * A web identity token (an OIDC ID token or OAuth 2.0 access token), or a function giving
 * the current one (read from a vault, minted by a CI system, …), called on every refresh.
 *
 * @public
 */
export type WebIdentityToken = SecretSource;

/**
 * The two ways of giving the token; exactly one must be set.
 *
 * @public
 */
export interface WebIdentityTokenOptions {
  /** The token (4 to 20000 characters), or a function called for the current one on every refresh. */
  readonly webIdentityToken?: WebIdentityToken;
  /**
   * A file holding the token, re-read on every refresh: Kubernetes rotates projected
   * service-account tokens in place, so a token read once would expire under the provider.
   */
  readonly webIdentityTokenFile?: string;
}

const tokenString = stringOption(4, 20000);

/**
 * The rules of the token options, for `validateOptions`.
 *
 * @internal
 */
export const TOKEN_OPTION_RULES: Readonly<Record<keyof WebIdentityTokenOptions, OptionRule>> = {
  webIdentityToken: secretSourceOption(tokenString),
  webIdentityTokenFile: stringOption(1),
};

/**
 * What the rules cannot say alone: exactly one of the two options.
 *
 * @internal
 */
export function tokenOptionProblems(options: WebIdentityTokenOptions): string[] {
  const given = [options.webIdentityToken, options.webIdentityTokenFile].filter((value) => value !== undefined);
  return given.length === 1 ? [] : ['give exactly one of webIdentityToken and webIdentityTokenFile'];
}

/**
 * Where a provider gets its token at each fetch, and how that source enters the
 * provider's cache key.
 *
 * @internal
 */
export interface TokenSource {
  /** Gives the current token: the file re-read, or the function called, on each use. */
  readonly read: () => Promise<string>;
  /** A file by its path (its content is read at each fetch); a token or function as `secretSourceKey` says. */
  readonly cacheKey: string;
}

/**
 * The token source of validated options (see {@link tokenOptionProblems}).
 *
 * @param providerName - starts error messages, e.g. `fromWebIdentity`
 * @throws TypeError when neither option is set, which validation rules out
 *
 * @internal
 */
export function webIdentityTokenSource(options: WebIdentityTokenOptions, providerName: string): TokenSource {
  const { webIdentityToken: token, webIdentityTokenFile: file } = options;
  if (file !== undefined) return { read: () => readTokenFile(file, providerName), cacheKey: `file:${file}` };
  if (token === undefined) throw new TypeError(`${providerName}: no web identity token source`);
  return {
    read: () => readSecretSource(token, tokenString, 'webIdentityToken', providerName),
    cacheKey: secretSourceKey(token),
  };
}
