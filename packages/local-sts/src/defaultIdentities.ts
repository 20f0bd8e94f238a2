/**
 * The handle's `defaults`: the default world's identities, plus helpers that act as its MFA
 * app, its OIDC provider and its SAML IdP, so a test needs no setup to get a code, a token or
 * an assertion that local-sts accepts.
 *
 * @public
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { Clock } from './clock.js';
import { decodeBase32 } from './identity/base32.js';
import { totp } from './mfa/totp.js';
import { buildSamlAssertion, type SamlAssertionOptions } from './saml/buildSamlAssertion.js';
import { oidcProviderArn, samlProviderArn, userArn } from './world/arns.js';
import { DEFAULT_ROLE_ARNS, DEFAULT_WORLD } from './world/defaultWorld.js';

/** @public */
export interface LocalStsDefaults {
  readonly accountId: string;
  /** The account of the cross-account role (a member of the organization). */
  readonly secondAccountId: string;
  readonly userArn: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly mfaSerial: string;
  /** The MFA code at `at` (epoch ms; default: the server's now). */
  totp(at?: number): string;
  /** The ExternalId the ExternalId role requires. */
  readonly externalId: string;
  /** Plain, cross-account, MFA, ExternalId, web identity and SAML roles, in that order. */
  readonly roleArns: readonly string[];
  readonly oidc: {
    readonly issuer: string;
    readonly audience: string;
    readonly providerArn: string;
    /** A token from the default provider: `iss`, `aud`, `sub: 'local-user'`, one hour from the server's now; `claims` override. */
    sign(claims?: JWTPayload): Promise<string>;
  };
  readonly saml: {
    readonly issuer: string;
    readonly principalArn: string;
    /** A base64 SAML response for the SAML role, valid for 5 minutes from the server's now; options override. */
    assertion(options?: Partial<SamlAssertionOptions>): string;
  };
}

/** The default OIDC provider's key pair, made per server. @internal */
export interface OidcKeyPair {
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** @internal */
export async function makeOidcKeyPair(): Promise<OidcKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' } };
}

/** @internal */
export function defaultIdentities(clock: Clock, oidcKey: OidcKeyPair): LocalStsDefaults {
  const { accountId } = DEFAULT_WORLD;
  const mfaSecret = decodeBase32(DEFAULT_WORLD.mfaSecret);
  const samlPrincipalArn = samlProviderArn(accountId, DEFAULT_WORLD.samlProviderName);
  const samlRoleArn = DEFAULT_ROLE_ARNS[5];
  return {
    accountId,
    secondAccountId: DEFAULT_WORLD.secondAccountId,
    userArn: userArn(accountId, DEFAULT_WORLD.userName),
    accessKeyId: DEFAULT_WORLD.accessKeyId,
    secretAccessKey: DEFAULT_WORLD.secretAccessKey,
    mfaSerial: DEFAULT_WORLD.mfaSerial,
    totp: (at = clock.now()) => totp(mfaSecret, at),
    externalId: DEFAULT_WORLD.externalId,
    roleArns: DEFAULT_ROLE_ARNS,
    oidc: {
      issuer: DEFAULT_WORLD.oidcIssuer,
      audience: DEFAULT_WORLD.oidcAudience,
      providerArn: oidcProviderArn(accountId, DEFAULT_WORLD.oidcIssuer),
      sign(claims = {}) {
        const now = Math.floor(clock.now() / 1000);
        const payload = { iss: DEFAULT_WORLD.oidcIssuer, aud: DEFAULT_WORLD.oidcAudience, sub: 'local-user', iat: now, exp: now + 3600, ...claims };
        return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: oidcKey.publicJwk.kid ?? '', typ: 'JWT' }).sign(oidcKey.privateKey);
      },
    },
    saml: {
      issuer: DEFAULT_WORLD.samlIssuer,
      principalArn: samlPrincipalArn,
      assertion: (options = {}) =>
        buildSamlAssertion({ issuer: DEFAULT_WORLD.samlIssuer, roleArn: samlRoleArn, principalArn: samlPrincipalArn, issuedAt: clock.now(), ...options }),
    },
  };
}
