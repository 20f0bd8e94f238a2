import { EventEmitter } from 'node:events';
import { execFileSync } from 'node:child_process';
import { runCli } from './support/runCli.js';
import { startFixture, type LocalStsFixture } from './support/localStsEnv.js';

describe('env, exec and local-sts', () => {
  let fixture: LocalStsFixture;
  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.sts.close());

  it('env should print sh lines that a shell evaluates to the credentials', async () => {
    const run = await runCli(['env'], { env: fixture.env });
    expect(run.code).toBe(0);
    const seen = execFileSync('sh', ['-c', `${run.stdout}\nprintf '%s|%s|%s' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_REGION"`], { encoding: 'utf8', env: {} });
    expect(seen).toBe(`${fixture.sts.defaults.accessKeyId}|${fixture.sts.defaults.secretAccessKey}|us-east-1`);
  });

  it.each(['fish', 'powershell', 'dotenv'])('env should write for %s', async (format) => {
    const run = await runCli(['env', '--format', format], { env: fixture.env });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('env should refuse an unknown format', async () => {
    const run = await runCli(['env', '--format', 'csh'], { env: fixture.env });
    expect(run.code).toBe(252);
    expect(run.stderr).toContain('--format must be one of sh, fish, powershell, dotenv');
  });

  it("exec should give the child the credentials and return the child's exit code", async () => {
    const script = 'process.stdout.write(process.env.AWS_ACCESS_KEY_ID + " " + process.argv[1]); process.exit(7)';
    const run = await runCli(['exec', '--', process.execPath, '-e', script, '--', '--not-ours'], { env: { ...fixture.env, PATH: process.env.PATH } });
    expect(run).toEqual({ code: 7, stdout: `${fixture.sts.defaults.accessKeyId} --not-ours`, stderr: '' });
  });

  it('exec should report a program it cannot start', async () => {
    const run = await runCli(['exec', '--', '/nonexistent/program'], { env: fixture.env });
    expect(run).toEqual({ code: 255, stdout: '', stderr: 'stskit exec: cannot run /nonexistent/program: ENOENT\n' });
  });

  it('exec should forward a signal to the child and exit as the shell would', async () => {
    const signals = new EventEmitter();
    const script = 'process.stdout.write("ready"); setInterval(() => {}, 1000)';
    const run = runCli(['exec', '--', process.execPath, '-e', script], {
      env: fixture.env,
      signals,
      onStdout: (stdout) => stdout === 'ready' && signals.emit('signal', 'SIGTERM'),
    });
    expect((await run).code).toBe(128 + 15);
  });

  it('exec should need a command', async () => {
    const run = await runCli(['exec'], { env: fixture.env });
    expect(run.code).toBe(252);
  });

  it('local-sts should serve until interrupted', async () => {
    const signals = new EventEmitter();
    let endpoint: string | undefined;
    const run = runCli(['local-sts'], {
      signals,
      onStdout: (stdout) => {
        endpoint ??= /listening on (\S+)/.exec(stdout)?.[1];
        if (endpoint !== undefined) setImmediate(() => signals.emit('signal', 'SIGINT'));
      },
    });
    const { code, stdout } = await run;
    expect(code).toBe(0);
    expect(stdout).toContain('arn:aws:iam::111122223333:role/local-sts-plain');
  });
});
