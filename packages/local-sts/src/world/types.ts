/**
 * The world local-sts serves: accounts with their IAM users, access keys, MFA devices,
 * roles and identity providers. This is also the JSON format of a `--world` file.
 *
 * @public
 */
import type { JSONWebKeySet } from 'jose';

/** @public */
export interface World {
  readonly accounts: readonly WorldAccount[];
  /** The organization, when AssumeRoot should work: its management account may act as root of members. */
  readonly organization?: { readonly managementAccountId: string; readonly memberAccountIds: readonly string[] };
}

/** @public */
export interface WorldAccount {
  /** 12 digits. */
  readonly id: string;
  readonly users?: readonly WorldUser[];
  readonly roles?: readonly WorldRole[];
  readonly oidcProviders?: readonly WorldOidcProvider[];
  readonly samlProviders?: readonly WorldSamlProvider[];
  /** Whether GetWebIdentityToken may mint tokens for this account's principals. @defaultValue false, as on AWS */
  readonly outboundWebIdentityFederation?: boolean;
}

/** @public */
export interface WorldUser {
  readonly name: string;
  /** @defaultValue '/' */
  readonly path?: string;
  readonly accessKeys?: readonly WorldAccessKey[];
  readonly mfaDevices?: readonly WorldMfaDevice[];
}

/** @public */
export interface WorldAccessKey {
  /** `AKIA` + 16 base32 characters. */
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** A virtual MFA device (RFC 6238: SHA-1, 30 s, 6 digits). @public */
export interface WorldMfaDevice {
  /** The device ARN, e.g. `arn:aws:iam::123456789012:mfa/alice`. */
  readonly serialNumber: string;
  /** The base32 seed an authenticator app would scan. */
  readonly secret: string;
}

/** @public */
export interface WorldRole {
  readonly name: string;
  /** @defaultValue '/' */
  readonly path?: string;
  /** 3600–43200. @defaultValue 3600, as on AWS */
  readonly maxSessionDurationSeconds?: number;
  readonly trust: WorldTrust;
}

/**
 * Who may assume a role: the trust policy, reduced to what STS decides by itself.
 *
 * @public
 */
export interface WorldTrust {
  /** AWS principals: an account ID, `arn:aws:iam::ACCOUNT:root`, a user ARN, a role ARN (its sessions) or `*`. */
  readonly principals?: readonly string[];
  /** OIDC or SAML provider ARNs whose users may assume the role. */
  readonly federated?: readonly string[];
  /** When set, AssumeRole must send exactly this `ExternalId`. */
  readonly externalId?: string;
  /** When true, the caller must prove MFA (a code with the call, or an MFA-authenticated session). */
  readonly requireMfa?: boolean;
  /** For web identity: the token's `sub` must be one of these (`*` wildcards allowed). */
  readonly subjects?: readonly string[];
}

/** @public */
export interface WorldOidcProvider {
  /** `https://…`; the provider ARN is `arn:aws:iam::ACCOUNT:oidc-provider/` + the issuer without scheme. */
  readonly issuer: string;
  /** Accepted `aud` values (client IDs). */
  readonly audiences: readonly string[];
  /** Public keys the provider signs with. */
  readonly jwks: JSONWebKeySet;
}

/** @public */
export interface WorldSamlProvider {
  /** The provider ARN is `arn:aws:iam::ACCOUNT:saml-provider/NAME`. */
  readonly name: string;
  /** The `Issuer` its assertions carry. */
  readonly issuer: string;
}
