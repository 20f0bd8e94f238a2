import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/runCli.js';
import { startFixture, type LocalStsFixture } from './support/localStsEnv.js';

const CLI_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/;

describe('STS commands against local-sts', () => {
  let fixture: LocalStsFixture;
  let roleArns: readonly string[];
  beforeAll(async () => {
    fixture = await startFixture();
    roleArns = fixture.sts.defaults.roleArns;
  });
  afterAll(() => fixture.sts.close());

  it('should print get-caller-identity as the AWS CLI does', async () => {
    const run = await runCli(['get-caller-identity'], { env: fixture.env });
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '{',
        `    "UserId": "${/AIDA\w+/.exec(run.stdout)?.[0]}",`,
        `    "Account": "${fixture.sts.defaults.accountId}",`,
        `    "Arn": "${fixture.sts.defaults.userArn}"`,
        '}',
        '',
      ].join('\n'),
    });
  });

  it("should take the region and endpoint from the --profile's config, as aws sts does", async () => {
    const home = await mkdtemp(join(tmpdir(), 'stskit-profile-'));
    const configFile = join(home, 'config');
    const { defaults, endpoint } = fixture.sts;
    await writeFile(
      configFile,
      `[profile local]\nregion = eu-west-3\nendpoint_url = ${endpoint}\naws_access_key_id = ${defaults.accessKeyId}\naws_secret_access_key = ${defaults.secretAccessKey}\n`,
    );
    const env = { AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'), AWS_EC2_METADATA_DISABLED: 'true' };
    const run = await runCli(['get-caller-identity', '--profile', 'local'], { env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).Arn).toBe(defaults.userArn);
    expect(fixture.sts.events('GetCallerIdentity').at(-1)?.awsRegion).toBe('eu-west-3');
  });

  it('should print the credentials of assume-role, with the expiration formatted as AWS CLI v2 does', async () => {
    const run = await runCli(['assume-role', '--role-arn', roleArns[0]!, '--role-session-name', 'cli-test'], { env: fixture.env });
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['Credentials', 'AssumedRoleUser']);
    expect(Object.keys(output.Credentials)).toEqual(['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration']);
    expect(output.Credentials.SecretAccessKey).not.toBe('[redacted]');
    expect(output.Credentials.Expiration).toMatch(CLI_TIMESTAMP);
    expect(output.AssumedRoleUser.Arn).toBe('arn:aws:sts::111122223333:assumed-role/local-sts-plain/cli-test');
  });

  it('should send list and structure flags in the AWS CLI shorthand and JSON', async () => {
    const run = await runCli(
      [
        'assume-role', '--role-arn', roleArns[0]!, '--role-session-name', 'tagged',
        '--tags', 'Key=team,Value=blue', '{"Key":"project","Value":"x"}',
        '--transitive-tag-keys', 'team', 'project',
        '--policy-arns', 'arn=arn:aws:iam::aws:policy/ReadOnlyAccess,arn=arn:aws:iam::aws:policy/Other12345',
      ],
      { env: fixture.env },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).PackedPolicySize).toEqual(expect.any(Number));
    const [event] = fixture.sts.events('AssumeRole').slice(-1);
    expect(JSON.stringify(event)).toContain('team');
  });

  it('should read a string value from file:// as the AWS CLI does', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'stskit-cli-'));
    const policyFile = join(directory, 'policy.json');
    await writeFile(policyFile, '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}');
    const run = await runCli(
      ['assume-role', '--role-arn', roleArns[0]!, '--role-session-name', 'policy', '--policy', `file://${policyFile}`],
      { env: fixture.env },
    );
    expect(run.code).toBe(0);
  });

  it('should print --output text as the AWS CLI does', async () => {
    const run = await runCli(['get-caller-identity', '--output', 'text'], { env: fixture.env });
    expect(run.stdout).toMatch(/^111122223333\tarn:aws:iam::111122223333:user\/alice\tAIDA\w+\n$/);
  });

  it('should call get-session-token with --serial-number and --token-code', async () => {
    const { mfaSerial } = fixture.sts.defaults;
    const run = await runCli(['get-session-token', '--serial-number', mfaSerial, '--token-code', fixture.sts.defaults.totp()], { env: fixture.env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).Credentials.AccessKeyId).toMatch(/^ASIA/);
  });

  it('should explain that an MFA code is needed when there is no terminal', async () => {
    const { mfaSerial } = fixture.sts.defaults;
    const run = await runCli(['get-session-token', '--serial-number', mfaSerial], { env: fixture.env });
    expect(run).toEqual({
      code: 252,
      stdout: '',
      stderr: `stskit get-session-token: MFA code needed for ${mfaSerial}: pass --token-code or run in a terminal (see: stskit get-session-token --help)\n`,
    });
  });

  it('should call the unsigned operations without credentials', async () => {
    const token = await fixture.sts.defaults.oidc.sign();
    const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...noCredentials } = fixture.env;
    const run = await runCli(
      ['assume-role-with-web-identity', '--role-arn', roleArns[4]!, '--role-session-name', 'oidc', '--web-identity-token', token],
      { env: noCredentials },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(expect.objectContaining({ SubjectFromWebIdentityToken: 'local-user' }));
  });

  it.each([
    ['get-access-key-info', ['--access-key-id', 'AKIABTX3GSDSXNXA6XVM'], ['Account']],
    ['get-federation-token', ['--name', 'bob', '--policy-arns', 'arn=arn:aws:iam::aws:policy/ReadOnlyAccess'], ['Credentials', 'FederatedUser', 'PackedPolicySize']],
    ['get-web-identity-token', ['--audience', 'https://a.example', 'https://b.example', '--signing-algorithm', 'RS256'], ['WebIdentityToken', 'Expiration']],
  ])('should run %s', async (command, flags, keys) => {
    const run = await runCli([command, ...flags], { env: fixture.env });
    expect(run.stderr).toBe('');
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(keys);
  });

  it('should decode an authorization message', async () => {
    const message = fixture.sts.encodeAuthorizationMessage({ allowed: false });
    const run = await runCli(['decode-authorization-message', '--encoded-message', message], { env: fixture.env });
    expect(JSON.parse(JSON.parse(run.stdout).DecodedMessage)).toEqual({ allowed: false });
  });

  it('should exit 254 with the service error on one line', async () => {
    const run = await runCli(['assume-role', '--role-arn', 'arn:aws:iam::111122223333:role/none', '--role-session-name', 'denied'], { env: fixture.env });
    expect(run.code).toBe(254);
    expect(run.stderr).toMatch(/^stskit assume-role: AccessDenied: User: arn:aws:iam::111122223333:user\/alice is not authorized .*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('should exit 252 for input the model refuses, naming the member', async () => {
    const run = await runCli(['assume-role', '--role-arn', roleArns[0]!, '--role-session-name', 'x'], { env: fixture.env });
    expect(run.code).toBe(252);
    expect(run.stderr).toContain('RoleSessionName');
  });

  it('should exit 253 when there are no credentials, saying where it looked', async () => {
    const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...noCredentials } = fixture.env;
    const run = await runCli(['get-caller-identity'], { env: noCredentials });
    expect(run.code).toBe(253);
    expect(run.stderr).toContain('AWS_ACCESS_KEY_ID');
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('should exit 255 when STS cannot be reached', async () => {
    const run = await runCli(['get-caller-identity', '--endpoint-url', 'http://127.0.0.1:1'], { env: fixture.env });
    expect(run.code).toBe(255);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('should never print a secret in an error, even with --debug', async () => {
    const run = await runCli(['assume-role', '--role-arn', 'arn:aws:iam::111122223333:role/none', '--role-session-name', 'denied', '--debug'], { env: fixture.env });
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain(fixture.sts.defaults.secretAccessKey);
  });
});
