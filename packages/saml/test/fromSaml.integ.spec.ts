import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { CredentialProvider } from '@stskit/credentials';
import { LocalStsHarness } from '../../../test/support/LocalStsHarness.js';
import { fromSaml, type SamlAssertion } from '../src/fromSaml.js';

const MINUTE = 60_000;

let harness: LocalStsHarness;
let providers: CredentialProvider[];

beforeEach(async () => {
  harness = await LocalStsHarness.start();
  providers = [];
});

afterEach(async () => {
  for (const provider of providers) provider.close();
  await harness.close();
  harness.expectNoSecretIn();
});

/** A fresh assertion from local-sts's identity provider, as a sign-in would give. */
function signIn(): string {
  return harness.rememberSecret(harness.sts.defaults.saml.assertion());
}

function provide(samlAssertion: SamlAssertion): CredentialProvider {
  const { sts, logger } = harness;
  const provider = fromSaml({
    roleArn: sts.defaults.roleArns[5]!,
    principalArn: sts.defaults.saml.principalArn,
    samlAssertion,
    clientConfig: { endpoint: sts.endpoint, region: 'us-east-1', logger },
    clock: harness.clock,
    onRefreshError: (error) => logger.error(error.message, inspect(error)),
  });
  providers.push(provider);
  return provider;
}

describe(`${fromSaml.name} against local-sts`, () => {
  it('should give credentials of the SAML role to an AWS SDK v3 client', async () => {
    const provider = provide(signIn);
    const sdk = harness.sdkClient(provider);
    const identity = await sdk.send(new GetCallerIdentityCommand({}));
    sdk.destroy();
    expect(identity.Arn).toBe(`arn:aws:sts::${harness.sts.defaults.accountId}:assumed-role/local-sts-saml/local-user`);
    harness.remember(await provider());
  });

  it('should call the assertion provider once per refresh', async () => {
    const assertionProvider = jest.fn(signIn);
    const provider = provide(assertionProvider);
    const first = await provider();
    for (let minute = 0; minute < 40; minute += 10) {
      await harness.clock.advance(10 * MINUTE);
      expect(await provider()).toBe(first);
    }
    expect(assertionProvider).toHaveBeenCalledTimes(1);
    await harness.clock.advance(21 * MINUTE); // past the first session's expiry
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(assertionProvider).toHaveBeenCalledTimes(2);
    expect(harness.sts.calls('AssumeRoleWithSAML')).toBe(2);
  });

  it('should fail to refresh with a fixed assertion once it has expired', async () => {
    const provider = provide(signIn());
    await provider();
    await harness.clock.advance(61 * MINUTE);
    await expect(provider()).rejects.toMatchObject({ kind: 'ProviderFailed', cause: { name: 'ExpiredTokenException' } });
  });
});
