import type { OptionSpec, ParsedCommandLine } from '../args/OptionSpec.js';
import type { GlobalOptions } from '../args/globalOptions.js';
import type { CliIo } from '../io.js';

/**
 * What a command gets when it runs: the injected I/O, its parsed flags and the global ones.
 *
 * @public
 */
export interface CommandContext {
  readonly io: CliIo;
  readonly args: ParsedCommandLine;
  readonly globals: GlobalOptions;
}

/**
 * One `stskit <name>` command: its flags drive both parsing and `--help`.
 *
 * @public
 */
export interface Command {
  /** The kebab-case name typed after `stskit`. */
  readonly name: string;
  /** One line for `stskit help`. */
  readonly summary: string;
  /** The command's own flags; the global ones are added by `main`. */
  readonly options: readonly OptionSpec[];
  /** What follows the flags in the synopsis, e.g. `-- COMMAND [ARGS...]`; also allows positionals. */
  readonly operands?: string;
  /** Example command lines for `--help`. */
  readonly examples?: readonly string[];
  /** Runs the command; resolves to the process exit code. Errors are reported by `main`. */
  run(context: CommandContext): Promise<number>;
}
