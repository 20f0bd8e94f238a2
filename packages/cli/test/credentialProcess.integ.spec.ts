import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeAwsHome } from './support/awsConfig.js';
import { startFixture, type LocalStsFixture } from './support/localStsEnv.js';
import { runCli } from './support/runCli.js';

describe('stskit credential-process', () => {
  let fixture: LocalStsFixture;
  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.sts.close());

  it('should print the Version 1 JSON of a profile that assumes an MFA role, and reuse the cached session without MFA', async () => {
    const { roleArns, mfaSerial } = fixture.sts.defaults;
    const aws = await makeAwsHome(fixture.sts, `[profile dev]\nrole_arn = ${roleArns[2]}\nsource_profile = base\nmfa_serial = ${mfaSerial}\n`);
    const first = await runCli(['credential-process', '--profile', 'dev', '--token-code', fixture.sts.defaults.totp()], { env: aws.env });
    expect(first.stderr).toBe('');
    const output = JSON.parse(first.stdout);
    expect(Object.keys(output)).toEqual(['Version', 'AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration', 'AccountId']);
    expect(output.Version).toBe(1);
    expect(new Date(output.Expiration).toISOString()).toBe(output.Expiration);
    expect(await readdir(join(aws.home, '.aws/cli/cache'))).toHaveLength(1);

    const callsBefore = fixture.sts.calls('AssumeRole');
    const second = await runCli(['credential-process', '--profile', 'dev'], { env: aws.env });
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout).AccessKeyId).toBe(output.AccessKeyId);
    expect(fixture.sts.calls('AssumeRole')).toBe(callsBefore);
  });

  it('should assume the role given by flags, cached in the AWS CLI cache', async () => {
    const aws = await makeAwsHome(fixture.sts, '');
    const argv = ['credential-process', '--profile', 'base', '--role-arn', fixture.sts.defaults.roleArns[0]!, '--role-session-name', 'proc'];
    const first = await runCli(argv, { env: aws.env });
    expect(first.stderr).toBe('');
    const callsBefore = fixture.sts.calls('AssumeRole');
    const second = await runCli(argv, { env: aws.env });
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    expect(fixture.sts.calls('AssumeRole')).toBe(callsBefore);
  });

  it('should say how to give the MFA code when there is no terminal', async () => {
    const { roleArns, mfaSerial } = fixture.sts.defaults;
    const aws = await makeAwsHome(fixture.sts, '');
    const run = await runCli(['credential-process', '--profile', 'base', '--role-arn', roleArns[2]!, '--serial-number', mfaSerial], { env: aws.env });
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`MFA code needed for ${mfaSerial}: pass --token-code or run in a terminal`);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('should exit 253 when no credentials are found, saying where it looked', async () => {
    const aws = await makeAwsHome(fixture.sts, '');
    const run = await runCli(['credential-process', '--profile', 'missing'], { env: aws.env });
    expect(run.code).toBe(253);
    expect(run.stderr).toContain('missing');
  });
});
