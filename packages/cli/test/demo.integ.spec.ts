import { runCli } from './support/runCli.js';

const LOCAL_STS_SECRET = 'localStsDefaultSecretKeyForAlice';

describe('stskit demo', () => {
  it('should refresh every link of the chain under an SDK client, then exit 0 with a clean summary', async () => {
    const run = await runCli(['demo', '--duration', '2', '--lifetime', '6']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('expired credentials served:       0');
    expect(run.stdout).toMatch(/SDK calls made: +\d+ \(0 failed\)/);
    expect(run.stdout).toContain('arn:aws:sts::444455556666:assumed-role/local-sts-cross-account/stskit-demo');
    const refreshes = Number(/credential refreshes: +(\d+)/.exec(run.stdout)?.[1]);
    expect(refreshes).toBeGreaterThan(0);
    expect(run.stdout).not.toContain(LOCAL_STS_SECRET);
    expect(run.stdout).not.toContain('\x1b[');
  }, 20_000);

  it('should redraw the status lines in place on a terminal', async () => {
    const run = await runCli(['demo', '--duration', '1', '--lifetime', '6'], { stdoutIsTty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\x1b[4F');
  }, 20_000);

  it('should refuse a duration that is not a positive number', async () => {
    const run = await runCli(['demo', '--duration', 'soon']);
    expect(run.code).toBe(252);
  });
});
