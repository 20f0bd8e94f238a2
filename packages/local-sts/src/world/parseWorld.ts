/**
 * Narrows untrusted JSON (a `--world` file) to a {@link World}, naming the exact path of the
 * first thing wrong, so a typo in a world file fails at start-up rather than as a puzzling
 * AccessDenied later.
 *
 * @internal
 */
import { isBase32 } from '../identity/base32.js';
import type { World, WorldAccount, WorldOidcProvider, WorldRole, WorldSamlProvider, WorldUser } from './types.js';

type Json = Record<string, unknown>;

const ACCOUNT_ID = /^\d{12}$/;
const LONG_TERM_KEY_ID = /^AKIA[A-Z2-7]{16}$/;
const IAM_NAME = /^[\w+=,.@-]{1,64}$/;
const IAM_PATH = /^\/(?:[\x21-\x7e]+\/)?$/;

/** Parses a world, throwing a TypeError such as `world.accounts[0].id: must be 12 digits`. @internal */
export function parseWorld(value: unknown): World {
  const world = object(value, 'world');
  const accounts = array(world.accounts, 'world.accounts').map((account, index) =>
    parseAccount(account, `world.accounts[${index}]`),
  );
  if (accounts.length === 0) fail('world.accounts', 'must hold at least one account');
  const organization = world.organization === undefined ? undefined : parseOrganization(world.organization);
  return organization ? { accounts, organization } : { accounts };
}

function parseAccount(value: unknown, path: string): WorldAccount {
  const account = object(value, path);
  const id = string(account.id, `${path}.id`, ACCOUNT_ID, 'must be 12 digits');
  return {
    id,
    users: optionalArray(account.users, `${path}.users`).map((user, index) => parseUser(user, `${path}.users[${index}]`)),
    roles: optionalArray(account.roles, `${path}.roles`).map((role, index) => parseRole(role, `${path}.roles[${index}]`)),
    oidcProviders: optionalArray(account.oidcProviders, `${path}.oidcProviders`).map((provider, index) =>
      parseOidcProvider(provider, `${path}.oidcProviders[${index}]`),
    ),
    samlProviders: optionalArray(account.samlProviders, `${path}.samlProviders`).map((provider, index) =>
      parseSamlProvider(provider, `${path}.samlProviders[${index}]`),
    ),
    outboundWebIdentityFederation: optionalBoolean(account.outboundWebIdentityFederation, `${path}.outboundWebIdentityFederation`),
  };
}

function parseUser(value: unknown, path: string): WorldUser {
  const user = object(value, path);
  return {
    name: string(user.name, `${path}.name`, IAM_NAME, 'must be an IAM name'),
    path: optionalString(user.path, `${path}.path`, IAM_PATH, "must start and end with '/'"),
    accessKeys: optionalArray(user.accessKeys, `${path}.accessKeys`).map((key, index) => {
      const keyPath = `${path}.accessKeys[${index}]`;
      const entry = object(key, keyPath);
      return {
        accessKeyId: string(entry.accessKeyId, `${keyPath}.accessKeyId`, LONG_TERM_KEY_ID, 'must be AKIA + 16 base32 characters'),
        secretAccessKey: string(entry.secretAccessKey, `${keyPath}.secretAccessKey`, /^.{16,}$/, 'must be at least 16 characters'),
      };
    }),
    mfaDevices: optionalArray(user.mfaDevices, `${path}.mfaDevices`).map((device, index) => {
      const devicePath = `${path}.mfaDevices[${index}]`;
      const entry = object(device, devicePath);
      const secret = string(entry.secret, `${devicePath}.secret`, /^.+$/, 'must be a base32 seed');
      if (!isBase32(secret)) fail(`${devicePath}.secret`, 'must be a base32 seed');
      return { serialNumber: string(entry.serialNumber, `${devicePath}.serialNumber`, /^[\w+=/:,.@-]{9,256}$/, 'must be an MFA serial number'), secret };
    }),
  };
}

function parseRole(value: unknown, path: string): WorldRole {
  const role = object(value, path);
  const maxSession = role.maxSessionDurationSeconds;
  if (maxSession !== undefined && (!Number.isInteger(maxSession) || (maxSession as number) < 3600 || (maxSession as number) > 43200)) {
    fail(`${path}.maxSessionDurationSeconds`, 'must be an integer from 3600 to 43200');
  }
  const trust = object(role.trust, `${path}.trust`);
  return {
    name: string(role.name, `${path}.name`, IAM_NAME, 'must be an IAM name'),
    path: optionalString(role.path, `${path}.path`, IAM_PATH, "must start and end with '/'"),
    maxSessionDurationSeconds: maxSession as number | undefined,
    trust: {
      principals: optionalStrings(trust.principals, `${path}.trust.principals`),
      federated: optionalStrings(trust.federated, `${path}.trust.federated`),
      externalId: optionalString(trust.externalId, `${path}.trust.externalId`, /^[\w+=,.@:/-]{2,1224}$/, 'must be a valid ExternalId'),
      requireMfa: optionalBoolean(trust.requireMfa, `${path}.trust.requireMfa`),
      subjects: optionalStrings(trust.subjects, `${path}.trust.subjects`),
    },
  };
}

function parseOidcProvider(value: unknown, path: string): WorldOidcProvider {
  const provider = object(value, path);
  const jwks = object(provider.jwks, `${path}.jwks`);
  array(jwks.keys, `${path}.jwks.keys`).forEach((key, index) => object(key, `${path}.jwks.keys[${index}]`));
  return {
    issuer: string(provider.issuer, `${path}.issuer`, /^https:\/\/\S+$/, 'must be an https URL'),
    audiences: optionalStrings(provider.audiences, `${path}.audiences`),
    jwks: jwks as unknown as WorldOidcProvider['jwks'],
  };
}

function parseSamlProvider(value: unknown, path: string): WorldSamlProvider {
  const provider = object(value, path);
  return {
    name: string(provider.name, `${path}.name`, /^[\w._-]{1,128}$/, 'must be a SAML provider name'),
    issuer: string(provider.issuer, `${path}.issuer`, /^\S+$/, 'must be the IdP issuer'),
  };
}

function parseOrganization(value: unknown): NonNullable<World['organization']> {
  const organization = object(value, 'world.organization');
  return {
    managementAccountId: string(organization.managementAccountId, 'world.organization.managementAccountId', ACCOUNT_ID, 'must be 12 digits'),
    memberAccountIds: optionalStrings(organization.memberAccountIds, 'world.organization.memberAccountIds'),
  };
}

function fail(path: string, problem: string): never {
  throw new TypeError(`${path}: ${problem}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

function optionalArray(value: unknown, path: string): unknown[] {
  return value === undefined ? [] : array(value, path);
}

function string(value: unknown, path: string, pattern: RegExp, problem: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) fail(path, problem);
  return value;
}

function optionalString(value: unknown, path: string, pattern: RegExp, problem: string): string | undefined {
  return value === undefined ? undefined : string(value, path, pattern, problem);
}

function optionalStrings(value: unknown, path: string): string[] {
  return optionalArray(value, path).map((item, index) => string(item, `${path}[${index}]`, /^.+$/, 'must be a non-empty string'));
}

function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') fail(path, 'must be true or false');
  return value as boolean | undefined;
}
