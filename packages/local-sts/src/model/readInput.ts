/**
 * Reads an operation's input from Query parameters (`Name`, `Name.member.N`,
 * `Name.member.N.Field`, `Name.Field`) and checks it against the model, reporting every
 * violation in one `ValidationError` worded as STS words it:
 * `2 validation errors detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: …; …`.
 *
 * @internal
 */
import { ApiError } from '../server/ApiError.js';
import type { StringConstraint } from './constraints.js';
import type { FieldSpec, InputOf, InputSpec } from './inputSpec.js';

/** @internal */
export type QueryParameters = ReadonlyMap<string, string>;

/**
 * Parses and validates `spec` from `parameters`.
 *
 * @throws ApiError `ValidationError` listing every violated constraint
 * @internal
 */
export function readInput<S extends InputSpec>(spec: S, parameters: QueryParameters): InputOf<S> {
  const violations: string[] = [];
  const input = readStructure(spec, parameters, '', '', violations);
  if (violations.length > 0) {
    const count = violations.length === 1 ? '1 validation error detected' : `${violations.length} validation errors detected`;
    throw new ApiError('ValidationError', `${count}: ${violations.join('; ')}`);
  }
  return input as InputOf<S>;
}

function readStructure(spec: InputSpec, parameters: QueryParameters, keyPrefix: string, pathPrefix: string, violations: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) {
    const path = pathPrefix + name.charAt(0).toLowerCase() + name.slice(1);
    const value = readField(field, parameters, keyPrefix + name, path, violations);
    if (value === undefined) {
      if (field.required) violations.push(`Value null at '${path}' failed to satisfy constraint: Member must not be null`);
    } else {
      out[name] = value;
    }
  }
  return out;
}

function readField(field: FieldSpec, parameters: QueryParameters, key: string, path: string, violations: string[]): unknown {
  switch (field.type) {
    case 'string': {
      const value = parameters.get(key);
      if (value !== undefined) checkString(value, field.shape ?? {}, path, violations);
      return value;
    }
    case 'integer': {
      const text = parameters.get(key);
      if (text === undefined) return undefined;
      const value = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
      if (Number.isNaN(value)) violations.push(`Value '${text}' at '${path}' failed to satisfy constraint: Member must be a number`);
      else if (value < field.range.min) violations.push(violation(text, path, `Member must have value greater than or equal to ${field.range.min}`));
      else if (value > field.range.max) violations.push(violation(text, path, `Member must have value less than or equal to ${field.range.max}`));
      return value;
    }
    case 'list':
      return readList(field, parameters, key, path, violations);
    case 'structure': {
      const prefix = `${key}.`;
      const present = [...parameters.keys()].some((name) => name.startsWith(prefix));
      return present ? readStructure(field.members, parameters, prefix, `${path}.`, violations) : undefined;
    }
  }
}

function readList(field: Extract<FieldSpec, { type: 'list' }>, parameters: QueryParameters, key: string, path: string, violations: string[]): unknown[] | undefined {
  const items: unknown[] = [];
  // SDKs send `Name=` for an empty list.
  let present = parameters.get(key) === '';
  for (let n = 1; ; n += 1) {
    const itemKey = `${key}.member.${n}`;
    const exists = parameters.has(itemKey) || [...parameters.keys()].some((name) => name.startsWith(`${itemKey}.`));
    if (!exists) break;
    present = true;
    items.push(readField(field.member, parameters, itemKey, `${path}.${n}.member`, violations));
  }
  if (!present) return undefined;
  const shown = `[${items.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ')}]`;
  if (field.minItems !== undefined && items.length < field.minItems) {
    violations.push(violation(shown, path, `Member must have length greater than or equal to ${field.minItems}`));
  } else if (field.maxItems !== undefined && items.length > field.maxItems) {
    violations.push(violation(shown, path, `Member must have length less than or equal to ${field.maxItems}`));
  }
  return items;
}

function checkString(value: string, shape: StringConstraint, path: string, violations: string[]): void {
  const length = [...value].length;
  const shown = shape.sensitive ? undefined : value;
  if (shape.min !== undefined && length < shape.min) {
    violations.push(violation(shown, path, `Member must have length greater than or equal to ${shape.min}`));
  } else if (shape.max !== undefined && length > shape.max) {
    violations.push(violation(shown, path, `Member must have length less than or equal to ${shape.max}`));
  } else if (shape.pattern && !shape.pattern.test(value)) {
    violations.push(violation(shown, path, `Member must satisfy regular expression pattern: ${shape.patternText}`));
  }
}

/** Sensitive values are left out ("Value at 'x'"), as STS does for them. */
function violation(value: string | undefined, path: string, constraint: string): string {
  const shown = value === undefined ? 'Value' : `Value '${value}'`;
  return `${shown} at '${path}' failed to satisfy constraint: ${constraint}`;
}
