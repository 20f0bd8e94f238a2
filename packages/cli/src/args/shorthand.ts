import { UsageError } from '../errors.js';

/** A structure given on the command line: member name → string value. */
export type ShorthandStructure = Record<string, string>;

/**
 * Parses one command-line item of a structure (or list of structures) flag, as the AWS CLI
 * reads it: JSON (`{"Key":"a","Value":"1"}` or a JSON array of those), or its shorthand
 * `Key=a,Value=1`, where a value may be quoted (`Value="a,b"`) to hold commas.
 *
 * A key repeated inside one shorthand item starts the next structure, so
 * `arn=A,arn=B` gives two policy ARNs. The AWS CLI rejects that form; accepting it breaks
 * nothing that works there, and it is the natural way to write a list of one-key items.
 *
 * @param text - one item as typed
 * @param flag - the flag, for messages
 * @param fields - the structure's member names, exactly as STS spells them
 * @returns one or more structures
 * @throws UsageError for a malformed item or an unknown key
 * @public
 */
export function parseShorthand(text: string, flag: string, fields: readonly string[]): ShorthandStructure[] {
  const trimmed = text.trim();
  const structures = trimmed.startsWith('{') || trimmed.startsWith('[')
    ? parseJsonStructures(trimmed, flag)
    : parseKeyValueItem(trimmed, flag);
  for (const structure of structures) {
    const unknown = Object.keys(structure).filter((key) => !fields.includes(key));
    if (unknown.length > 0) {
      throw new UsageError(`--${flag}: unknown key ${unknown.join(', ')}; valid keys are ${fields.join(', ')}`);
    }
  }
  return structures;
}

function parseJsonStructures(text: string, flag: string): ShorthandStructure[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${flag}: invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    const isStringRecord = typeof item === 'object' && item !== null && !Array.isArray(item)
      && Object.values(item).every((member) => typeof member === 'string');
    if (!isStringRecord) throw new UsageError(`--${flag}: expected a JSON object of strings or a list of them`);
    return item as ShorthandStructure;
  });
}

function parseKeyValueItem(text: string, flag: string): ShorthandStructure[] {
  const structures: ShorthandStructure[] = [{}];
  for (const pair of splitUnquoted(text, flag)) {
    const equals = pair.indexOf('=');
    if (equals <= 0) {
      throw new UsageError(`--${flag}: expected key=value, got "${pair}" (separate list items with a space; quote values that hold a comma)`);
    }
    const key = pair.slice(0, equals).trim();
    const value = unquote(pair.slice(equals + 1).trim());
    let current = structures[structures.length - 1]!;
    if (key in current) structures.push((current = {}));
    current[key] = value;
  }
  return structures;
}

/** Splits at commas outside single or double quotes. */
function splitUnquoted(text: string, flag: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote !== undefined) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ',') {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  if (quote !== undefined) throw new UsageError(`--${flag}: unclosed ${quote} in "${text}"`);
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
    return value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return value;
}
