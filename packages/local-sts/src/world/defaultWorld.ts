/**
 * The world local-sts serves when given none: two accounts in one organization, a user with
 * a key and a virtual MFA device, and one role for each trust shape tests need. Keys and
 * seeds are fixed so a developer can paste them into a profile once; the OIDC signing key
 * is made per server, since its private half must stay in the process.
 *
 * @internal
 */
import { createHash } from 'node:crypto';
import type { JWK } from 'jose';
import { LONG_TERM_KEY_PREFIX, mintAccessKeyId } from '../identity/accessKeyIds.js';
import { oidcProviderArn, roleArn, samlProviderArn } from './arns.js';
import type { World } from './types.js';

/** Names and values of the default world, for the handle's `defaults`. @internal */
export const DEFAULT_WORLD = {
  accountId: '111122223333',
  secondAccountId: '444455556666',
  userName: 'alice',
  accessKeyId: mintAccessKeyId(LONG_TERM_KEY_PREFIX, '111122223333', createHash('sha256').update('local-sts/alice').digest()),
  secretAccessKey: 'localStsDefaultSecretKeyForAlice/0000001',
  mfaSerial: 'arn:aws:iam::111122223333:mfa/alice',
  mfaSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  externalId: 'local-sts-external-id',
  oidcIssuer: 'https://oidc.local-sts.test',
  oidcAudience: 'sts.amazonaws.com',
  samlProviderName: 'local-sts-idp',
  samlIssuer: 'https://idp.local-sts.test/saml',
  roles: {
    plain: 'local-sts-plain',
    crossAccount: 'local-sts-cross-account',
    mfa: 'local-sts-mfa',
    externalId: 'local-sts-external-id',
    webIdentity: 'local-sts-web-identity',
    saml: 'local-sts-saml',
  },
} as const;

const { accountId, secondAccountId, roles } = DEFAULT_WORLD;

/** The role ARNs of the default world, plain one first. @internal */
export const DEFAULT_ROLE_ARNS = [
  roleArn(accountId, roles.plain),
  roleArn(secondAccountId, roles.crossAccount),
  roleArn(accountId, roles.mfa),
  roleArn(accountId, roles.externalId),
  roleArn(accountId, roles.webIdentity),
  roleArn(accountId, roles.saml),
] as const;

/** Builds the default world around the public half of this server's OIDC key. @internal */
export function defaultWorld(oidcPublicKey: JWK): World {
  const trustsPrimaryAccount = { principals: [accountId] };
  return {
    organization: { managementAccountId: accountId, memberAccountIds: [secondAccountId] },
    accounts: [
      {
        id: accountId,
        outboundWebIdentityFederation: true,
        users: [
          {
            name: DEFAULT_WORLD.userName,
            accessKeys: [{ accessKeyId: DEFAULT_WORLD.accessKeyId, secretAccessKey: DEFAULT_WORLD.secretAccessKey }],
            mfaDevices: [{ serialNumber: DEFAULT_WORLD.mfaSerial, secret: DEFAULT_WORLD.mfaSecret }],
          },
        ],
        roles: [
          { name: roles.plain, maxSessionDurationSeconds: 43200, trust: trustsPrimaryAccount },
          { name: roles.mfa, trust: { ...trustsPrimaryAccount, requireMfa: true } },
          { name: roles.externalId, trust: { ...trustsPrimaryAccount, externalId: DEFAULT_WORLD.externalId } },
          { name: roles.webIdentity, trust: { federated: [oidcProviderArn(accountId, DEFAULT_WORLD.oidcIssuer)] } },
          { name: roles.saml, trust: { federated: [samlProviderArn(accountId, DEFAULT_WORLD.samlProviderName)] } },
        ],
        oidcProviders: [
          { issuer: DEFAULT_WORLD.oidcIssuer, audiences: [DEFAULT_WORLD.oidcAudience], jwks: { keys: [oidcPublicKey] } },
        ],
        samlProviders: [{ name: DEFAULT_WORLD.samlProviderName, issuer: DEFAULT_WORLD.samlIssuer }],
      },
      {
        id: secondAccountId,
        roles: [{ name: roles.crossAccount, trust: trustsPrimaryAccount }],
      },
    ],
  };
}
