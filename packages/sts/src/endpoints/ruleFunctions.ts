import { partition } from './partition.js';
import type { RuleRecord, RuleValue } from './ruleSetTypes.js';

/**
 * A rule function, called with its already evaluated arguments.
 *
 * @internal
 */
export type RuleFunction = (args: readonly RuleValue[]) => RuleValue;

/**
 * Reads an attribute of a record value: the rule function `getAttr`, also behind
 * `{name#attribute}` templates. A path of dot-separated names walks nested records; list
 * indexes (`items[0]`) are not supported because no STS rule reads a list.
 *
 * @param record - the value to read from, e.g. the result of `aws.partition`
 * @param path - e.g. `dnsSuffix`
 * @returns the attribute, or `undefined` (unset) when the path leads nowhere
 * @internal
 */
export function getAttr(record: RuleRecord, path: string): RuleValue {
  let value: RuleValue = record;
  for (const name of path.split('.')) {
    value = isRecord(value) && Object.hasOwn(value, name) ? value[name] : undefined;
  }
  return value;
}

/**
 * The functions the STS rule set calls, by their rule-set name. A model update that calls
 * another function fails the rule-set coverage test before it can fail a resolution.
 *
 * @internal
 */
export const ruleFunctions: ReadonlyMap<string, RuleFunction> = new Map<string, RuleFunction>([
  ['isSet', ([value]) => value !== undefined],
  ['not', ([value]) => !expectBoolean('not', value)],
  [
    'booleanEquals',
    ([left, right]) => expectBoolean('booleanEquals', left) === expectBoolean('booleanEquals', right),
  ],
  [
    'stringEquals',
    ([left, right]) => expectString('stringEquals', left) === expectString('stringEquals', right),
  ],
  ['getAttr', ([record, path]) => getAttr(expectRecord('getAttr', record), expectString('getAttr', path))],
  ['aws.partition', ([region]) => partition(expectString('aws.partition', region))],
]);

function isRecord(value: RuleValue): value is RuleRecord {
  return typeof value === 'object';
}

// A wrongly typed argument means a rule set this interpreter does not understand: a bug to
// report loudly, not a configuration problem of the caller.
function expectBoolean(fn: string, value: RuleValue): boolean {
  if (typeof value !== 'boolean') throw argumentError(fn, 'boolean', value);
  return value;
}

function expectString(fn: string, value: RuleValue): string {
  if (typeof value !== 'string') throw argumentError(fn, 'string', value);
  return value;
}

function expectRecord(fn: string, value: RuleValue): RuleRecord {
  if (!isRecord(value)) throw argumentError(fn, 'record', value);
  return value;
}

function argumentError(fn: string, expected: string, value: RuleValue): TypeError {
  const actual = value === undefined ? 'an unset value' : `a ${typeof value}`;
  return new TypeError(`Endpoint rule function ${fn} expects a ${expected}, got ${actual}`);
}
