import { COMMANDS } from '../src/commands/commandList.js';
import { runCli } from './support/runCli.js';

describe('help', () => {
  it('should list every command', async () => {
    const run = await runCli(['help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name} `);
  });

  it.each(COMMANDS.map((command) => command.name))('should describe every flag of %s', async (name) => {
    const command = COMMANDS.find((candidate) => candidate.name === name)!;
    const [viaFlag, viaHelp] = await Promise.all([runCli([name, '--help']), runCli(['help', name])]);
    expect(viaFlag).toEqual(viaHelp);
    expect(viaFlag.stdout).toMatch(new RegExp(`^usage: stskit ${name} `));
    for (const option of command.options) expect(viaFlag.stdout).toContain(`--${option.name}`);
  });

  it('should exit 252 for an unknown command', async () => {
    const run = await runCli(['nope']);
    expect(run.code).toBe(252);
    expect(run.stderr).toMatch(/^stskit: unknown command "nope"; valid commands: assume-role, /);
  });

  it('should exit 252 for --output other than json or text', async () => {
    expect((await runCli(['get-caller-identity', '--output', 'yaml'])).code).toBe(252);
  });
});
