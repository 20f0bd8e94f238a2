import { execFile, execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { StsClient } from '@stskit/sts';
import { AWS_CLI_V2, commandWorks, describeWithPeer, hasAwsCliV2 } from '../../../test/support/peers.js';
import { fromProfile } from '../src/index.js';
import { tempHome, type TempHome } from './support/tempHome.js';

/**
 * The AWS CLI reads the same files as stskit: both resolve the same identity, and a cache
 * entry written by one is used by the other. AWS CLI v2 here (2.9) predates configured
 * endpoints, so it cannot send AssumeRole to local-sts itself: it proves it *reads*
 * stskit's entries; AWS CLI v1 (on PATH, through pyenv) writes entries stskit reads.
 */
const AWS_CLI_V1 = resolveAwsCliV1();
const hasAwsCliV1 = (): boolean => commandWorks(AWS_CLI_V1, ['--version']);

function resolveAwsCliV1(): string {
  try {
    // Through pyenv's shim the CLI would look for pyenv under the temporary HOME.
    return execFileSync('pyenv', ['which', 'aws'], { encoding: 'utf8' }).trim();
  } catch {
    return 'aws';
  }
}

interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

let sts: LocalSts;
let home: TempHome;
const leaks: string[] = [];

beforeAll(async () => {
  sts = await startLocalSts();
});
afterAll(() => sts.close());
beforeEach(() => {
  leaks.length = 0;
  const keys = `aws_access_key_id = ${sts.defaults.accessKeyId}\naws_secret_access_key = ${sts.defaults.secretAccessKey}\n`;
  home = tempHome({
    '.aws/config': [
      `[profile alice]\n${keys}`,
      `[profile plain]\nrole_arn = ${sts.defaults.roleArns[0]}\nsource_profile = alice\nendpoint_url = ${sts.endpoint}\n`,
      `[profile mfa]\nrole_arn = ${sts.defaults.roleArns[2]}\nsource_profile = alice\nmfa_serial = ${sts.defaults.mfaSerial}\nendpoint_url = ${sts.endpoint}\n`,
    ].join(''),
  });
});
afterEach(() => {
  for (const secret of [sts.defaults.secretAccessKey]) expect(leaks.join('\n')).not.toContain(secret);
  home.remove();
});

function cliEnv(): Record<string, string> {
  return { HOME: home.home, PATH: process.env.PATH ?? '', AWS_DEFAULT_REGION: 'us-east-1', AWS_PAGER: '', AWS_EC2_METADATA_DISABLED: 'true' };
}

// Asynchronous: local-sts answers from this very process, so blocking it would hang the CLI.
function aws(bin: string, profile: string): Promise<CliRun> {
  const args = ['sts', 'get-caller-identity', '--profile', profile, '--endpoint-url', sts.endpoint, '--output', 'json'];
  return new Promise((resolve) => {
    const child = execFile(bin, args, { env: cliEnv(), timeout: 60_000 }, (error, stdout, stderr) => {
      leaks.push(stderr);
      resolve({ stdout, stderr, status: error === null ? 0 : ((error as { code?: number }).code ?? null) });
    });
    child.stdin?.end();
  });
}

async function arnOf(pending: Promise<CliRun>): Promise<string> {
  const run = await pending;
  expect(run).toMatchObject({ status: 0 });
  return (JSON.parse(run.stdout) as { Arn: string }).Arn;
}

async function stskitArn(profile: string, options: Partial<Parameters<typeof fromProfile>[0]> = {}): Promise<{ arn: string; accessKeyId: string }> {
  const provider = fromProfile({ profile, env: { HOME: home.home }, ...options });
  const credentials = await provider().catch((error: unknown) => {
    leaks.push(String(error));
    throw error;
  });
  provider.close();
  const client = new StsClient({ endpoint: sts.endpoint, region: 'us-east-1', credentials, env: {} });
  return { arn: (await client.getCallerIdentity({})).Arn!, accessKeyId: credentials.accessKeyId };
}

const cacheFiles = (): string[] => readdirSync(home.path('.aws/cli/cache'));

describeWithPeer('AWS CLI v2', hasAwsCliV2)('AWS CLI v2 and stskit', () => {
  it('should resolve the same identity from a static-key profile', async () => {
    expect(await arnOf(aws(AWS_CLI_V2, 'alice'))).toBe((await stskitArn('alice')).arn);
  });

  it("should use stskit's cached role session instead of calling AssumeRole", async () => {
    const ours = await stskitArn('plain', { fileCache: true });
    expect(cacheFiles()).toHaveLength(1);
    const assumed = sts.calls('AssumeRole');
    expect(await arnOf(aws(AWS_CLI_V2, 'plain'))).toBe(ours.arn);
    expect(sts.calls('AssumeRole')).toBe(assumed);
  });

  it("should use stskit's cached MFA role session without asking for a code", async () => {
    const ours = await stskitArn('mfa', { fileCache: true, tokenCode: () => sts.defaults.totp() });
    expect(await arnOf(aws(AWS_CLI_V2, 'mfa'))).toBe(ours.arn);
  });
});

describeWithPeer('AWS CLI v1', hasAwsCliV1)('AWS CLI v1 and stskit', () => {
  it('should resolve the same role identity', async () => {
    const cli = await arnOf(aws(AWS_CLI_V1, 'plain'));
    expect(cli.replace(/\/[^/]+$/, '')).toBe((await stskitArn('plain')).arn.replace(/\/[^/]+$/, ''));
  });

  it("should let stskit use the AWS CLI's cached role session", async () => {
    const cli = await arnOf(aws(AWS_CLI_V1, 'plain'));
    expect(cacheFiles()).toHaveLength(1);
    const assumed = sts.calls('AssumeRole');
    const ours = await stskitArn('plain', { fileCache: true });
    expect(ours.arn).toBe(cli);
    expect(sts.calls('AssumeRole')).toBe(assumed);
  });
});
