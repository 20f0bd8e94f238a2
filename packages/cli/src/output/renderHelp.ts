import type { OptionSpec } from '../args/OptionSpec.js';
import { GLOBAL_OPTIONS } from '../args/globalOptions.js';
import type { Command } from '../commands/Command.js';
import { EXIT } from '../errors.js';

const COLUMN = 34;

/**
 * `stskit <command> --help`: synopsis, summary, the command's flags, the global flags and
 * examples, all from the command's own description.
 *
 * @public
 */
export function renderCommandHelp(command: Command): string {
  const synopsis = [`stskit ${command.name}`, ...command.options.map(synopsisOf), '[global options]', command.operands ?? '']
    .filter((part) => part !== '')
    .join(' ');
  const sections = [`usage: ${synopsis}`, command.summary];
  if (command.options.length > 0) sections.push(['Options:', ...command.options.map(optionLine)].join('\n'));
  sections.push(['Global options:', ...GLOBAL_OPTIONS.map(optionLine)].join('\n'));
  if (command.examples?.length) sections.push(['Examples:', ...command.examples.map((example) => `  ${example}`)].join('\n'));
  return `${sections.join('\n\n')}\n`;
}

/**
 * `stskit help`: every command with its summary, and the exit codes.
 *
 * @public
 */
export function renderOverview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 4;
  return [
    'usage: stskit <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Run `stskit <command> --help` for the options of a command.',
    '',
    `Exit codes: ${EXIT.ok} success, ${EXIT.usage} usage error, ${EXIT.configuration} no credentials or bad configuration,`,
    `            ${EXIT.service} STS error, ${EXIT.other} any other error.`,
    '',
  ].join('\n');
}

function synopsisOf(option: OptionSpec): string {
  const usage = `--${option.name}${valueOf(option)}`;
  return option.required ? usage : `[${usage}]`;
}

function optionLine(option: OptionSpec): string {
  const required = option.required ? ' (required)' : '';
  return `  ${`--${option.name}${valueOf(option)}`.padEnd(COLUMN)}${option.description}${required}`;
}

function valueOf(option: OptionSpec): string {
  if (option.kind === 'boolean') return '';
  const placeholder = ` <${option.placeholder ?? 'value'}>`;
  return option.kind === 'list' ? `${placeholder} ...` : placeholder;
}
