import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import type { OptionSpec, ParsedCommandLine } from './OptionSpec.js';

/** What follows `--` is never parsed: `stskit exec -- aws s3 ls --profile x` keeps its flags. */
const END_OF_OPTIONS = '--';

/**
 * Parses a command's arguments with `node:util` `parseArgs`, plus the AWS CLI's way of
 * giving a list: every token after a list flag, up to the next flag, is one item
 * (`--tags Key=a,Value=1 Key=b,Value=2`).
 *
 * @param argv - the arguments after the command name
 * @param specs - every flag the command accepts (global ones included)
 * @param allowPositionals - whether bare arguments are allowed (only before `--` for `exec`)
 * @throws UsageError naming the unknown flag, the missing value or the missing required flag
 * @public
 */
export function parseCommandLine(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  allowPositionals = false,
): ParsedCommandLine {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const spec of specs) {
    options[spec.name] = { type: spec.kind === 'boolean' ? 'boolean' : 'string', multiple: spec.kind === 'list' };
  }
  const listFlags = new Set(specs.filter((spec) => spec.kind === 'list').map((spec) => `--${spec.name}`));
  let parsed;
  try {
    parsed = parseArgs({ args: repeatListFlags(argv, listFlags), options, strict: true, allowPositionals });
  } catch (error) {
    // Not chained as the cause: its message is the one described, and would print twice.
    throw new UsageError(describeParseError(error));
  }
  const missing = specs.filter((spec) => spec.required && parsed.values[spec.name] === undefined);
  if (missing.length > 0) {
    const names = missing.map((spec) => `--${spec.name}`).join(', ');
    throw new UsageError(`the following arguments are required: ${names}`);
  }
  // Boolean flags are never `multiple`, so no value is a list of booleans.
  return { values: parsed.values as ParsedCommandLine['values'], positionals: parsed.positionals };
}

/** Rewrites `--tags A B` as `--tags A --tags B`, which `parseArgs` understands. */
function repeatListFlags(argv: readonly string[], listFlags: ReadonlySet<string>): string[] {
  const rewritten: string[] = [];
  let currentList: string | undefined;
  for (const [index, token] of argv.entries()) {
    if (token === END_OF_OPTIONS) return [...rewritten, ...argv.slice(index)];
    if (token.startsWith('--')) {
      const flag = token.split('=', 1)[0]!;
      currentList = listFlags.has(flag) ? flag : undefined;
      rewritten.push(token);
      continue;
    }
    const previous = rewritten[rewritten.length - 1];
    if (currentList !== undefined && previous !== currentList) rewritten.push(currentList);
    rewritten.push(token);
  }
  return rewritten;
}

/** How `parseArgs` says to give a value that starts with a dash, which a user may need. */
const DASH_VALUE_HINT = /To specify an option argument starting with a dash use '[^']+'/;

/**
 * `parseArgs` messages go on to explain its own API ("To specify a positional argument…"),
 * and some runtimes prefix them with the error code: keep the first sentence, and the hint
 * for a value that starts with a dash (`--encoded-message=-abc`).
 */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.replace(/^\w*Error \[[A-Z_]+\]: /, '').split(/\.\s/)[0]!.replace(/\.$/, '');
  const hint = DASH_VALUE_HINT.exec(message)?.[0];
  return hint === undefined ? first : `${first}; to give a value starting with a dash, use ${hint.slice(hint.lastIndexOf(' ') + 1)}`;
}
