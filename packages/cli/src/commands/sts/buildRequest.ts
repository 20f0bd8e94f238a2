import { readFile } from 'node:fs/promises';
import { listValue, stringValue } from '../../args/readValues.js';
import type { ParsedCommandLine } from '../../args/OptionSpec.js';
import { parseShorthand, type ShorthandStructure } from '../../args/shorthand.js';
import { UsageError } from '../../errors.js';
import { flagName, type StsParameter } from './StsParameter.js';

/** As in the AWS CLI, a string value `file://PATH` stands for the content of that file. */
const FILE_PREFIX = 'file://';

/**
 * Builds an STS request from the flags given, member by member. Values are only parsed
 * here; the model's constraints are checked by `StsClient`, which names every bad member.
 *
 * @param parameters - the operation's members, from the operation table
 * @throws UsageError for a value that cannot be parsed or a file that cannot be read
 * @public
 */
export async function buildRequest(
  parameters: readonly StsParameter[],
  args: ParsedCommandLine,
): Promise<Record<string, unknown>> {
  const request: Record<string, unknown> = {};
  for (const parameter of parameters) {
    const value = await readParameter(parameter, args);
    if (value !== undefined) request[parameter.member] = value;
  }
  return request;
}

async function readParameter(parameter: StsParameter, args: ParsedCommandLine): Promise<unknown> {
  const flag = flagName(parameter.member);
  const fields = parameter.fields ?? [];
  switch (parameter.kind) {
    case 'string': {
      const text = stringValue(args, flag);
      return text === undefined ? undefined : readFileValue(text, flag);
    }
    case 'integer': {
      const text = stringValue(args, flag);
      if (text === undefined) return undefined;
      if (!/^-?\d+$/.test(text)) throw new UsageError(`--${flag}: expected an integer, got "${text}"`);
      return Number(text);
    }
    case 'strings': {
      const items = listValue(args, flag);
      return items.length === 0 ? undefined : items;
    }
    case 'structures': {
      const items = listValue(args, flag).flatMap((item) => parseShorthand(item, flag, fields));
      return items.length === 0 ? undefined : items;
    }
    case 'structure': {
      const text = stringValue(args, flag);
      return text === undefined ? undefined : onlyStructure(parseShorthand(text, flag, fields), flag);
    }
  }
}

function onlyStructure(structures: ShorthandStructure[], flag: string): ShorthandStructure {
  if (structures.length !== 1) throw new UsageError(`--${flag} takes one structure, got ${structures.length}`);
  return structures[0]!;
}

async function readFileValue(text: string, flag: string): Promise<string> {
  if (!text.startsWith(FILE_PREFIX)) return text;
  const path = text.slice(FILE_PREFIX.length);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}
