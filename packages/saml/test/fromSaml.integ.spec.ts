import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ManualClock, type CredentialProvider } from '@stskit/credentials';
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { fromSaml, type SamlAssertion } from '../src/fromSaml.js';

const MINUTE = 60_000;

let clock: ManualClock;
let sts: LocalSts;
let logged: string[];
/** Every secret a test handles; none may reach a log line. */
let secrets: string[];
let providers: CredentialProvider[];

beforeEach(async () => {
  clock = new ManualClock(Date.UTC(2025, 0, 1));
  sts = await startLocalSts({ clock });
  logged = [];
  secrets = [];
  providers = [];
});

afterEach(async () => {
  for (const provider of providers) provider.close();
  await sts.close();
  for (const secret of secrets) expect(logged.join('\n')).not.toContain(secret);
});

/** A fresh assertion from local-sts's identity provider, as a sign-in would give. */
function signIn(): string {
  const assertion = sts.defaults.saml.assertion();
  secrets.push(assertion);
  return assertion;
}

function provide(samlAssertion: SamlAssertion): CredentialProvider {
  const keep = (...parts: unknown[]) => void logged.push(parts.map(String).join(' '));
  const provider = fromSaml({
    roleArn: sts.defaults.roleArns[5]!,
    principalArn: sts.defaults.saml.principalArn,
    samlAssertion,
    clientConfig: { endpoint: sts.endpoint, region: 'us-east-1', logger: { debug: keep, info: keep, warn: keep, error: keep } },
    clock,
    onRefreshError: (error) => keep(error.message, inspect(error)),
  });
  providers.push(provider);
  return provider;
}

describe(`${fromSaml.name} against local-sts`, () => {
  it('should give credentials of the SAML role to an AWS SDK v3 client', async () => {
    const provider = provide(signIn);
    const sdk = new STSClient({
      endpoint: sts.endpoint,
      region: 'us-east-1',
      credentials: provider,
      systemClockOffset: clock.now() - Date.now(),
    });
    const identity = await sdk.send(new GetCallerIdentityCommand({}));
    sdk.destroy();
    expect(identity.Arn).toBe(`arn:aws:sts::${sts.defaults.accountId}:assumed-role/local-sts-saml/local-user`);
    const credentials = await provider();
    secrets.push(credentials.secretAccessKey, credentials.sessionToken!);
  });

  it('should call the assertion provider once per refresh', async () => {
    const assertionProvider = jest.fn(signIn);
    const provider = provide(assertionProvider);
    const first = await provider();
    for (let minute = 0; minute < 40; minute += 10) {
      await clock.advance(10 * MINUTE);
      expect(await provider()).toBe(first);
    }
    expect(assertionProvider).toHaveBeenCalledTimes(1);
    await clock.advance(21 * MINUTE); // past the first session's expiry
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(assertionProvider).toHaveBeenCalledTimes(2);
    expect(sts.calls('AssumeRoleWithSAML')).toBe(2);
  });

  it('should fail to refresh with a fixed assertion once it has expired', async () => {
    const provider = provide(signIn());
    await provider();
    await clock.advance(61 * MINUTE);
    await expect(provider()).rejects.toMatchObject({ kind: 'ProviderFailed', cause: { name: 'ExpiredTokenException' } });
  });
});
