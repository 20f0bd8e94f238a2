import { GLOBAL_OPTIONS, readGlobalOptions } from './args/globalOptions.js';
import { parseCommandLine } from './args/parseCommandLine.js';
import { COMMANDS } from './commands/commandList.js';
import type { Command } from './commands/Command.js';
import { EXIT, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { renderCommandHelp, renderOverview } from './output/renderHelp.js';
import { reportError } from './reportError.js';

const HELP_WORDS = new Set(['help', '--help', '-h']);

/**
 * Runs `stskit` with `argv` (the arguments after the program name) and resolves to the
 * exit code. Never throws and never exits the process: every failure becomes one line on
 * stderr and the AWS CLI's exit code, so tests run commands in-process.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout,
 *   stderr: process.stderr, env: process.env, clock: systemClock });
 * ```
 *
 * @public
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP_WORDS.has(name)) return showHelp(rest[0], io);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  let debug = argv.includes('--debug');
  try {
    if (command === undefined) throw new UsageError(`unknown command "${name}"; valid commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    if (wantsHelp(rest)) return showHelp(name, io);
    const args = parseCommandLine(rest, [...command.options, ...GLOBAL_OPTIONS], command.operands !== undefined);
    const globals = readGlobalOptions(args);
    debug = globals.debug;
    return await command.run({ io, args, globals });
  } catch (error) {
    return reportError(error, command?.name, debug, io.stderr);
  }
}

/** `--help` anywhere before `--` (after it, the flag belongs to the command `exec` runs). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--help');
}

function showHelp(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    io.stdout.write(renderOverview(COMMANDS));
    return EXIT.ok;
  }
  const command: Command | undefined = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) return reportError(new UsageError(`unknown command "${name}"`), undefined, false, io.stderr);
  io.stdout.write(renderCommandHelp(command));
  return EXIT.ok;
}
