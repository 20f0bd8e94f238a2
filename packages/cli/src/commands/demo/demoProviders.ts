import { fromAssumeRole } from '@stskit/assume-role';
import type { Clock } from '@stskit/credentials';
import type { LocalSts } from '@stskit/local-sts';
import { fromSessionToken } from '@stskit/session-token';
import { authenticatorApp } from './authenticatorApp.js';
import { ProviderStats, type WatchedProvider } from './ProviderStats.js';

const SESSION_NAME = 'stskit-demo';

/**
 * The demo's chain, as a person with an MFA device and roles in two accounts sets it up:
 * an MFA session of the local user (its codes from the world's TOTP secret, read as from
 * an authenticator app), a role that requires MFA assumed with that session,
 * and from there a role in the second account. Every link refreshes in the background.
 *
 * @returns the links, source first; the last one is what the SDK client uses
 * @internal
 */
export function demoProviders(sts: LocalSts, clock: Clock): WatchedProvider[] {
  const { defaults } = sts;
  const [, crossAccountRole, mfaRole] = defaults.roleArns;
  const shared = { clientConfig: { endpoint: sts.endpoint, region: 'us-east-1', env: {} }, refresh: 'background', clock } as const;

  const sessionStats = new ProviderStats('MFA session', `${defaults.userArn} (MFA ${defaults.mfaSerial})`);
  const session = fromSessionToken({
    ...shared,
    ...sessionStats.hooks(),
    sourceCredentials: { accessKeyId: defaults.accessKeyId, secretAccessKey: defaults.secretAccessKey },
    serialNumber: defaults.mfaSerial,
    tokenCode: authenticatorApp((at) => defaults.totp(at), () => sts.now()),
  });

  const roleStats = new ProviderStats('role', `${mfaRole!} (requires MFA)`);
  const role = fromAssumeRole({ ...shared, ...roleStats.hooks(), roleArn: mfaRole!, roleSessionName: SESSION_NAME, sourceCredentials: session });

  const crossStats = new ProviderStats('cross-account role', crossAccountRole!);
  const crossAccount = fromAssumeRole({
    ...shared,
    ...crossStats.hooks(),
    roleArn: crossAccountRole!,
    roleSessionName: SESSION_NAME,
    sourceCredentials: role,
  });

  return [
    { provider: session, stats: sessionStats },
    { provider: role, stats: roleStats },
    { provider: crossAccount, stats: crossStats },
  ];
}
