import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { defaultProvider, ProviderChainError } from '../src/index.js';
import { json, SAMPLE, startMetadataServer } from './support/metadataServer.js';
import { tempHome, type TempHome } from './support/tempHome.js';

describe(defaultProvider.name, () => {
  let sts: LocalSts;
  let home: TempHome;
  const envKeys = { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 'env-secret' };
  beforeAll(async () => {
    sts = await startLocalSts();
  });
  afterAll(() => sts.close());
  beforeEach(() => {
    home = tempHome({
      '.aws/config': `[default]\naws_access_key_id = ${sts.defaults.accessKeyId}\naws_secret_access_key = ${sts.defaults.secretAccessKey}\n[profile plain]\nrole_arn = ${sts.defaults.roleArns[0]}\nsource_profile = default\nendpoint_url = ${sts.endpoint}\n`,
    });
  });
  afterEach(() => home.remove());
  const base = () => ({ HOME: home.home, AWS_EC2_METADATA_DISABLED: 'true' });

  it('should take the environment first', async () => {
    await expect(defaultProvider({ env: { ...base(), ...envKeys } })()).resolves.toMatchObject({ accessKeyId: 'AKIAENV' });
  });

  it('should skip the environment for a profile passed in code, as SDK v3 does', async () => {
    const credentials = await defaultProvider({ env: { ...base(), ...envKeys }, profile: 'plain' })();
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(sts.calls('AssumeRole')).toBeGreaterThan(0);
  });

  it('should not skip the environment for AWS_PROFILE', async () => {
    await expect(defaultProvider({ env: { ...base(), ...envKeys, AWS_PROFILE: 'plain' } })()).resolves.toMatchObject({ accessKeyId: 'AKIAENV' });
  });

  it('should use the default profile when the environment has no keys', async () => {
    await expect(defaultProvider({ env: base() })()).resolves.toMatchObject({ accessKeyId: sts.defaults.accessKeyId });
  });

  it('should fall through to the container endpoint, then list every link when none applies', async () => {
    const server = await startMetadataServer((_req, res) => json(res, 200, SAMPLE));
    try {
      const env = { HOME: home.path('empty'), AWS_EC2_METADATA_DISABLED: 'true' };
      await expect(defaultProvider({ env: { ...env, AWS_CONTAINER_CREDENTIALS_FULL_URI: server.url } })()).resolves.toMatchObject({ accessKeyId: 'ASIAMETADATA' });
      const error = await defaultProvider({ env })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderChainError);
      expect((error as ProviderChainError).attempts.map((a) => a.provider)).toEqual(['environment', 'webIdentityEnv', 'profile', 'container', 'imds']);
      expect((error as Error).message).toContain('  - imds: IMDS is disabled by AWS_EC2_METADATA_DISABLED');
    } finally {
      await server.close();
    }
  });

  it('should stop at a misconfigured profile, naming the link, and leak no secret', async () => {
    home.write('.aws/config', `[default]\nrole_arn = ${sts.defaults.roleArns[0]}\nsource_profile = missing\naws_secret_access_key = file-secret\n`);
    const error = (await defaultProvider({ env: base() })().catch((e: unknown) => e)) as ProviderChainError;
    expect(error.kind).toBe('InvalidConfiguration');
    expect(error.message).toMatch(/^profile failed: source_profile of profile "default" \(.*\.aws\/config\) names profile "missing", which does not exist/);
    expect(JSON.stringify(error) + error.message).not.toContain('file-secret');
  });
});
