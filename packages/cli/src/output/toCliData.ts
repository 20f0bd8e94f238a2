import { cliTimestamp } from './cliTimestamp.js';

/** Plain data as the AWS CLI prints it. @public */
export type CliData = string | number | boolean | null | CliData[] | { [key: string]: CliData };

/**
 * Turns an `StsClient` output into what `aws sts` prints: the same members in the same
 * order, without `$metadata`, timestamps formatted as the CLI does.
 *
 * The copy is made of plain objects on purpose: `StsClient` conceals secrets from
 * `JSON.stringify`, and the commands printing credentials exist to print them.
 *
 * @public
 */
export function toCliData(output: object): { [key: string]: CliData } {
  const { $metadata: _metadata, ...members } = output as Record<string, unknown>;
  return toPlainRecord(members);
}

function toPlainRecord(record: Record<string, unknown>): { [key: string]: CliData } {
  const plain: { [key: string]: CliData } = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) plain[key] = toPlain(value);
  }
  return plain;
}

function toPlain(value: unknown): CliData {
  if (value instanceof Date) return cliTimestamp(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) return toPlainRecord(value as Record<string, unknown>);
  return value as CliData;
}
