import { fileURLToPath } from 'node:url';
import { makeAwsHome } from './support/awsConfig.js';
import { startFixture, type LocalStsFixture } from './support/localStsEnv.js';
import { runCli } from './support/runCli.js';

const SDK_CHILD = fileURLToPath(new URL('./support/sdkChild.mjs', import.meta.url));

describe('stskit exec --server', () => {
  let fixture: LocalStsFixture;
  beforeAll(async () => {
    // Credentials last 2 s, so the child lives through several refreshes.
    fixture = await startFixture({ lifetimeSeconds: 2 });
  });
  afterAll(() => fixture.sts.close());

  it("should keep a child's AWS SDK supplied with refreshed credentials through the container endpoint", async () => {
    const roleArn = fixture.sts.defaults.roleArns[0]!;
    const aws = await makeAwsHome(fixture.sts, `[profile dev]\nrole_arn = ${roleArn}\nsource_profile = base\nrole_session_name = daemon\n`);
    const run = await runCli(['exec', '--profile', 'dev', '--server', '--', process.execPath, SDK_CHILD, '6', '700'], {
      env: {
        ...aws.env,
        AWS_ACCESS_KEY_ID: 'AKIASHOULDNOTLEAKINTO',
        AWS_SECRET_ACCESS_KEY: 'the-child-must-not-see-this',
        // This machine's Node 20 is fine for the SDK version installed; keep stderr for real problems.
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const calls = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { accessKeyId: string; arn: string });
    expect(calls).toHaveLength(6);
    for (const call of calls) expect(call.arn).toBe('arn:aws:sts::111122223333:assumed-role/local-sts-plain/daemon');
    expect(new Set(calls.map((call) => call.accessKeyId)).size).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('should give the child the endpoint and token, never the static key variables', async () => {
    const aws = await makeAwsHome(fixture.sts, `[profile dev]\nrole_arn = ${fixture.sts.defaults.roleArns[0]}\nsource_profile = base\n`);
    const script = 'const e = process.env; console.log(JSON.stringify([e.AWS_CONTAINER_CREDENTIALS_FULL_URI, e.AWS_CONTAINER_AUTHORIZATION_TOKEN, e.AWS_ACCESS_KEY_ID, e.AWS_PROFILE]))';
    const run = await runCli(['exec', '--profile', 'dev', '--server', '--', process.execPath, '-e', script], {
      env: { ...aws.env, AWS_ACCESS_KEY_ID: 'AKIAINHERITED', AWS_PROFILE: 'dev' },
    });
    const [uri, token, keyId, profile] = JSON.parse(run.stdout) as (string | null)[];
    expect(uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/credentials$/);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect([keyId, profile]).toEqual([null, null]);
  });
});
