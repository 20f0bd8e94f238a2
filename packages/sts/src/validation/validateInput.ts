import type { ValidationIssue, ValidationRule } from '../errors/StsValidationError.js';
import type { ListShape, OperationSchema, Shape, StringShape, StructureShape } from '../model/shapes.js';
import { emptyStructureMessage, integerMessage, isOutside, lengthMessage, patternMessage, sizeMessage } from './constraintMessages.js';
import { isPlainObject } from './plainObject.js';

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
 * It accepts only input the Query serializer carries exactly (STS-API.md §7.2): the protocol
 * sends members, never the structures or lists holding them, so a structure must be a plain
 * object (a `Date` or `Map` has no members to send), a list item or a required structure
 * must have a member set (`PolicyArns: [{}, { arn }]` would reach STS as one policy, not
 * two), and a list must have no holes (`[, 'x']` would be sent as `['x']`).
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
  validateValue(operation.input, input, '', report, false);
  return issues;
}

/**
 * `mustBeSent`: the value has to reach the wire, because leaving it out changes what STS
 * reads. True for a list item and a required member; an empty optional structure means the
 * same as an absent one.
 */
function validateValue(shape: Shape, value: unknown, field: string, report: Report, mustBeSent: boolean): void {
  switch (shape.kind) {
    case 'structure':
      return validateStructure(shape, value, field, report, mustBeSent);
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

function validateStructure(shape: StructureShape, value: unknown, field: string, report: Report, mustBeSent: boolean): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(field, 'type', 'must be an object');
    return;
  }
  if (!isPlainObject(value)) {
    report(field, 'type', 'must be a plain object (not a Date, Map or class instance)');
    return;
  }
  const record = value;
  const memberNames = Object.keys(shape.members);
  for (const [name, memberValue] of Object.entries(record)) {
    if (!Object.hasOwn(shape.members, name) && memberValue !== undefined) {
      report(join(field, name), 'unknown', unknownMemberMessage(name, memberNames));
    }
  }
  let missingRequired = false;
  for (const [name, member] of Object.entries(shape.members)) {
    const memberValue = record[name];
    const required = shape.required.includes(name);
    if (memberValue === undefined || memberValue === null) {
      if (required) report(join(field, name), 'required', 'is required');
      missingRequired ||= required;
    } else {
      validateValue(member, memberValue, join(field, name), report, required);
    }
  }
  // A missing required member is reported already; otherwise a structure that must be sent
  // needs a member that reaches the wire (the model makes every member of
  // PolicyDescriptorType and ProvidedContext optional, but not all of them at once).
  if (mustBeSent && !missingRequired && memberNames.length > 0 && !hasWireForm(shape, record)) {
    report(field, 'required', emptyStructureMessage(memberNames));
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
  // An index loop, not forEach, which skips the holes of a sparse array such as [, 'x'].
  for (let index = 0; index < value.length; index++) {
    const itemField = `${field}[${index}]`;
    const item: unknown = value[index];
    if (item === undefined || item === null) report(itemField, 'required', 'is required (lists cannot have holes)');
    else validateValue(shape.member, item, itemField, report, true);
  }
}

/** Whether serializing `value` writes at least one key: what the Query protocol can carry. */
function hasWireForm(shape: Shape, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  switch (shape.kind) {
    case 'structure':
      return (
        isPlainObject(value) && Object.entries(shape.members).some(([name, member]) => hasWireForm(member, value[name]))
      );
    case 'list':
      return Array.isArray(value) && value.length > 0;
    default:
      return true;
  }
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
