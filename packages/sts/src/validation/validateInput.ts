import type { ValidationIssue, ValidationRule } from '../errors/StsValidationError.js';
import type { ListShape, OperationSchema, Shape, StringShape, StructureShape } from '../model/shapes.js';
import { integerMessage, isOutside, lengthMessage, patternMessage, sizeMessage } from './constraintMessages.js';

type Report = (field: string, rule: ValidationRule, message: string) => void;

/** A UTF-16 surrogate not paired with its other half: such a string has no UTF-8 form. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Checks an operation's input against the model before any request is sent, and returns
 * every problem, not just the first: missing required members, wrong types (a `NaN`, a
 * fraction or `Infinity` is not an integer), lengths counted in Unicode code points, patterns,
 * integer ranges, list sizes, and members the operation does not have (a `roleArn` typo).
 * Fields are paths such as `Tags[2].Key`. `undefined` and `null` both mean absent. Messages
 * never contain the value. An empty list counts as a list (so `Audience: []` is too small).
 *
 * @example
 * const issues = validateInput(OPERATIONS.AssumeRole, input);
 * if (issues.length > 0) throw new StsValidationError('AssumeRole', issues);
 *
 * @internal
 */
export function validateInput(operation: OperationSchema, input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report: Report = (field, rule, message) => issues.push({ field: field || 'input', rule, message });
  validateValue(operation.input, input, '', report);
  return issues;
}

function validateValue(shape: Shape, value: unknown, field: string, report: Report): void {
  switch (shape.kind) {
    case 'structure':
      return validateStructure(shape, value, field, report);
    case 'list':
      return validateList(shape, value, field, report);
    case 'string':
      return validateString(shape, value, field, report);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        report(field, 'type', integerMessage(shape.min, shape.max));
      } else if (isOutside(value, shape.min, shape.max)) {
        report(field, 'range', integerMessage(shape.min, shape.max));
      }
      return;
    case 'timestamp':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) report(field, 'type', 'must be a valid Date');
  }
}

function validateStructure(shape: StructureShape, value: unknown, field: string, report: Report): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(field, 'type', 'must be an object');
    return;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const memberNames = Object.keys(shape.members);
  for (const [name, memberValue] of Object.entries(record)) {
    if (!Object.hasOwn(shape.members, name) && memberValue !== undefined) {
      report(join(field, name), 'unknown', unknownMemberMessage(name, memberNames));
    }
  }
  for (const [name, member] of Object.entries(shape.members)) {
    const memberValue = record[name];
    if (memberValue === undefined || memberValue === null) {
      if (shape.required.includes(name)) report(join(field, name), 'required', 'is required');
    } else {
      validateValue(member, memberValue, join(field, name), report);
    }
  }
}

function validateList(shape: ListShape, value: unknown, field: string, report: Report): void {
  if (!Array.isArray(value)) {
    report(field, 'type', 'must be an array');
    return;
  }
  if (isOutside(value.length, shape.min, shape.max)) {
    report(field, 'size', sizeMessage(shape.min, shape.max));
  }
  value.forEach((item: unknown, index) => {
    const itemField = `${field}[${index}]`;
    if (item === undefined || item === null) report(itemField, 'required', 'is required (lists cannot have holes)');
    else validateValue(shape.member, item, itemField, report);
  });
}

function validateString(shape: StringShape, value: unknown, field: string, report: Report): void {
  if (typeof value !== 'string') {
    report(field, 'type', 'must be a string');
    return;
  }
  if (LONE_SURROGATE.test(value)) {
    report(field, 'type', 'must be well-formed Unicode (it has a lone surrogate)');
    return;
  }
  if (isOutside(countCodePoints(value), shape.min, shape.max)) {
    report(field, 'length', lengthMessage(shape.min, shape.max));
  }
  if (shape.pattern && !shape.pattern.test(value)) report(field, 'pattern', patternMessage(shape.pattern));
}

/** Counts characters as STS does for non-ASCII input: an emoji is one, not two UTF-16 units. */
function countCodePoints(text: string): number {
  let count = 0;
  for (const _codePoint of text) count += 1;
  return count;
}

function unknownMemberMessage(name: string, memberNames: readonly string[]): string {
  const lowerName = name.toLowerCase();
  const intended = memberNames.find((member) => member.toLowerCase() === lowerName);
  if (intended) return `is not a member; did you mean ${intended}?`;
  if (memberNames.length === 0) return 'is not a member (this input has none)';
  return `is not a member (expected one of ${memberNames.join(', ')})`;
}

function join(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}
