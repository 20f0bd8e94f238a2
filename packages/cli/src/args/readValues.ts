import type { ParsedCommandLine } from './OptionSpec.js';

/**
 * Typed reads of parsed flags. The parser gave each flag the type its spec declares, so
 * these only narrow what `parseArgs` already checked.
 */

/** The value of a `string` flag, if given. @public */
export function stringValue(args: ParsedCommandLine, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The items of a `list` flag, in order; empty when not given. @public */
export function listValue(args: ParsedCommandLine, name: string): readonly string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : [];
}

/** Whether a `boolean` flag was given. @public */
export function booleanValue(args: ParsedCommandLine, name: string): boolean {
  return args.values[name] === true;
}
