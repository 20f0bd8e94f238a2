import { UsageError } from '../errors.js';
import type { OptionSpec, ParsedCommandLine } from './OptionSpec.js';
import { booleanValue, stringValue } from './readValues.js';

/** The `--output` formats, as the AWS CLI names them. @public */
export type OutputFormat = 'json' | 'text';

/**
 * The flags every command accepts, as in the AWS CLI.
 *
 * @public
 */
export interface GlobalOptions {
  readonly region: string | undefined;
  readonly endpointUrl: string | undefined;
  readonly profile: string | undefined;
  readonly output: OutputFormat;
  /** Log each STS attempt to stderr, and print stack traces with errors. */
  readonly debug: boolean;
}

/** @public */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'region', kind: 'string', description: 'The AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)' },
  { name: 'endpoint-url', kind: 'string', placeholder: 'url', description: 'Send STS requests to this URL (e.g. local-sts)' },
  { name: 'profile', kind: 'string', placeholder: 'name', description: 'Take credentials from this profile of ~/.aws/config' },
  { name: 'output', kind: 'string', placeholder: 'json|text', description: 'Output format (default: json)' },
  { name: 'debug', kind: 'boolean', description: 'Log every STS request to stderr; show stack traces' },
  { name: 'help', kind: 'boolean', description: 'Show the help of the command' },
];

const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'text'];

/**
 * Reads the global flags from a parsed command line.
 *
 * @throws UsageError for an `--output` other than json or text
 * @public
 */
export function readGlobalOptions(args: ParsedCommandLine): GlobalOptions {
  const output = stringValue(args, 'output') ?? 'json';
  if (!OUTPUT_FORMATS.includes(output as OutputFormat)) {
    throw new UsageError(`--output must be one of ${OUTPUT_FORMATS.join(', ')}, got "${output}"`);
  }
  return {
    region: stringValue(args, 'region'),
    endpointUrl: stringValue(args, 'endpoint-url'),
    profile: stringValue(args, 'profile'),
    output: output as OutputFormat,
    debug: booleanValue(args, 'debug'),
  };
}
