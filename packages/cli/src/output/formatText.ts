import type { CliData } from './toCliData.js';

type CliRecord = { [key: string]: CliData };

/**
 * `--output text`, as the AWS CLI writes it (awscli `text.py`): a structure's scalars on
 * one tab-separated line in key order, prefixed by its member name in capitals when
 * nested; then each nested structure or list the same way. Lists of structures line
 * up their columns on the keys of all items.
 *
 * @example
 * formatText({ Account: '1', Arn: 'arn', UserId: 'AID' }) // "1\tarn\tAID\n"
 * @public
 */
export function formatText(data: CliData): string {
  const lines: string[] = [];
  writeItem(data, lines, undefined, undefined);
  return lines.map((line) => `${line}\n`).join('');
}

function writeItem(item: CliData, lines: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (Array.isArray(item)) writeList(item, lines, identifier);
  else if (isRecord(item)) writeRecord(item, lines, identifier, scalarKeys);
  else lines.push(String(item));
}

function writeList(items: CliData[], lines: string[], identifier: string | undefined): void {
  if (items.length === 0) return;
  if (items.some(isRecord)) {
    const keys = [...new Set(items.filter(isRecord).flatMap(scalarKeysOf))].sort();
    for (const item of items) writeItem(item, lines, identifier, keys);
    return;
  }
  const scalars = items.filter((item) => !Array.isArray(item));
  if (scalars.length > 0) {
    if (identifier === undefined) lines.push(scalars.map(String).join('\t'));
    else lines.push(...scalars.map((scalar) => `${identifier.toUpperCase()}\t${String(scalar)}`));
  }
  for (const nested of items.filter(Array.isArray)) writeItem(nested, lines, identifier, undefined);
}

function writeRecord(record: CliRecord, lines: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  const scalars: string[] = [];
  const nested: [string, CliData][] = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(record).sort()) {
      const value = record[key]!;
      if (Array.isArray(value) || isRecord(value)) nested.push([key, value]);
      else scalars.push(String(value));
    }
  } else {
    // Items of one list share columns: a key an item lacks is an empty column.
    scalars.push(...scalarKeys.map((key) => (key in record ? String(record[key]) : '')));
    for (const key of Object.keys(record).filter((key) => !scalarKeys.includes(key)).sort()) nested.push([key, record[key]!]);
  }
  if (scalars.length > 0) lines.push([...(identifier === undefined ? [] : [identifier.toUpperCase()]), ...scalars].join('\t'));
  for (const [key, value] of nested) writeItem(value, lines, key, undefined);
}

function scalarKeysOf(record: CliRecord): string[] {
  return Object.keys(record).filter((key) => !Array.isArray(record[key]) && !isRecord(record[key]!));
}

function isRecord(value: CliData): value is CliRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
