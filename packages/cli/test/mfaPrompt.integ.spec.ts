import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { commandWorks, describeWithPeer } from '../../../test/support/peers.js';
import { exportLines } from '../src/output/exportLines.js';
import { buildCli, CLI_BIN } from './support/builtCli.js';
import { startFixture, type LocalStsFixture } from './support/localStsEnv.js';

const hasTmux = (): boolean => commandWorks('tmux', ['-V']);
const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });

/** Polls the pane until `pattern` shows (the program runs at its own pace in the terminal). */
async function waitForPane(session: string, pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const pane = tmux('capture-pane', '-p', '-J', '-t', session);
    if (pattern.test(pane)) return pane;
    await sleep(50);
  }
  throw new Error(`the terminal never showed ${pattern}:\n${tmux('capture-pane', '-p', '-J', '-t', session)}`);
}

describeWithPeer('tmux', hasTmux)('the MFA prompt in a real terminal', () => {
  let fixture: LocalStsFixture;
  let session: string;
  beforeAll(async () => {
    buildCli();
    fixture = await startFixture();
  }, 300_000);
  afterAll(async () => {
    execFileSync('tmux', ['kill-session', '-t', session], { stdio: 'ignore' });
    await fixture.sts.close();
  });

  it('should ask for the code without echoing it, then print the session', async () => {
    const { mfaSerial } = fixture.sts.defaults;
    const directory = await mkdtemp(join(tmpdir(), 'stskit-tty-'));
    const script = join(directory, 'run.sh');
    await writeFile(
      script,
      `${exportLines(Object.entries({ ...fixture.env, PATH: process.env.PATH ?? '' }), 'sh')}` +
        `node ${CLI_BIN} get-session-token --serial-number ${mfaSerial} --output text\necho "exit code $?"\nsleep 60\n`,
    );
    session = `stskit-mfa-${process.pid}`;
    tmux('new-session', '-d', '-s', session, '-x', '250', '-y', '40', `sh ${script}`);
    await waitForPane(session, /Enter MFA code for /);

    const code = fixture.sts.defaults.totp();
    tmux('send-keys', '-t', session, '-l', `${code.slice(0, 3)}9`);
    tmux('send-keys', '-t', session, 'BSpace');
    tmux('send-keys', '-t', session, '-l', code.slice(3));
    tmux('send-keys', '-t', session, 'Enter');
    const pane = await waitForPane(session, /exit code \d+/);

    expect(pane).toContain('exit code 0');
    expect(pane).toMatch(new RegExp(`^Enter MFA code for ${mfaSerial}: *$`, 'm'));
    // The terminal shows tabs as spaces.
    expect(pane).toMatch(/^CREDENTIALS\s+ASIA\w+\s+\S+\+00:00\s/m);
    expect(pane).not.toContain(code);
  }, 30_000);
});
