/**
 * The world indexed for the lookups a request needs: a role by ARN, a key's owner, an MFA
 * device by serial, an identity provider by issuer or ARN.
 *
 * @internal
 */
import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { decodeBase32 } from '../identity/base32.js';
import { ROLE_ID_PREFIX, USER_ID_PREFIX, stableUniqueId } from '../identity/uniqueIds.js';
import { oidcProviderArn, roleArn, samlProviderArn, userArn } from './arns.js';
import type { World, WorldAccount, WorldTrust } from './types.js';

/** @internal */
export interface UserEntry {
  readonly accountId: string;
  readonly name: string;
  readonly arn: string;
  readonly userId: string;
}

/** @internal */
export interface RoleEntry {
  readonly accountId: string;
  readonly name: string;
  readonly arn: string;
  readonly roleId: string;
  readonly maxSessionDurationSeconds: number;
  readonly trust: WorldTrust;
}

/** @internal */
export interface MfaDeviceEntry {
  readonly serialNumber: string;
  readonly owner: UserEntry;
  readonly secret: Uint8Array;
}

/** @internal */
export interface OidcProviderEntry {
  readonly accountId: string;
  readonly arn: string;
  readonly issuer: string;
  readonly audiences: readonly string[];
  readonly keys: JWTVerifyGetKey;
}

/** @internal */
export interface SamlProviderEntry {
  readonly accountId: string;
  readonly arn: string;
  readonly name: string;
  readonly issuer: string;
}

/** @internal */
export interface LongTermKeyEntry {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly user: UserEntry;
}

const DEFAULT_MAX_SESSION_SECONDS = 3600;

/** @internal */
export class Directory {
  readonly longTermKeys = new Map<string, LongTermKeyEntry>();
  private readonly accounts = new Map<string, WorldAccount>();
  private readonly roles = new Map<string, RoleEntry>();
  private readonly mfaDevices = new Map<string, MfaDeviceEntry>();
  private readonly oidcProviders = new Map<string, OidcProviderEntry>();
  private readonly samlProviders = new Map<string, SamlProviderEntry>();

  constructor(readonly world: World) {
    for (const account of world.accounts) {
      if (this.accounts.has(account.id)) throw new TypeError(`world: account ${account.id} appears twice`);
      this.accounts.set(account.id, account);
      this.indexAccount(account);
    }
  }

  account(accountId: string): WorldAccount | undefined {
    return this.accounts.get(accountId);
  }

  role(arn: string): RoleEntry | undefined {
    return this.roles.get(arn);
  }

  mfaDevice(serialNumber: string): MfaDeviceEntry | undefined {
    return this.mfaDevices.get(serialNumber);
  }

  oidcProvider(arn: string): OidcProviderEntry | undefined {
    return this.oidcProviders.get(arn);
  }

  samlProvider(arn: string): SamlProviderEntry | undefined {
    return this.samlProviders.get(arn);
  }

  /** True when `managerAccountId` is the organization's management account and `memberAccountId` a member. */
  manages(managerAccountId: string, memberAccountId: string): boolean {
    const organization = this.world.organization;
    return organization?.managementAccountId === managerAccountId && organization.memberAccountIds.includes(memberAccountId);
  }

  private indexAccount(account: WorldAccount): void {
    for (const user of account.users ?? []) {
      const arn = userArn(account.id, user.name, user.path);
      const entry: UserEntry = { accountId: account.id, name: user.name, arn, userId: stableUniqueId(USER_ID_PREFIX, arn) };
      for (const key of user.accessKeys ?? []) {
        if (this.longTermKeys.has(key.accessKeyId)) throw new TypeError(`world: access key ${key.accessKeyId} appears twice`);
        this.longTermKeys.set(key.accessKeyId, { ...key, user: entry });
      }
      for (const device of user.mfaDevices ?? []) {
        this.mfaDevices.set(device.serialNumber, { serialNumber: device.serialNumber, owner: entry, secret: decodeBase32(device.secret) });
      }
    }
    for (const role of account.roles ?? []) {
      const arn = roleArn(account.id, role.name, role.path);
      this.roles.set(arn, {
        accountId: account.id,
        name: role.name,
        arn,
        roleId: stableUniqueId(ROLE_ID_PREFIX, arn),
        maxSessionDurationSeconds: role.maxSessionDurationSeconds ?? DEFAULT_MAX_SESSION_SECONDS,
        trust: role.trust,
      });
    }
    for (const provider of account.oidcProviders ?? []) {
      const arn = oidcProviderArn(account.id, provider.issuer);
      const keys = createLocalJWKSet(provider.jwks);
      this.oidcProviders.set(arn, { accountId: account.id, arn, issuer: provider.issuer, audiences: provider.audiences, keys });
    }
    for (const provider of account.samlProviders ?? []) {
      const arn = samlProviderArn(account.id, provider.name);
      this.samlProviders.set(arn, { accountId: account.id, arn, name: provider.name, issuer: provider.issuer });
    }
  }
}
