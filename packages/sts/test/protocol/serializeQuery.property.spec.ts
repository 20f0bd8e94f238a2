import fc from 'fast-check';
import { OPERATIONS } from '../../src/generated/operations.js';
import type { OperationSchema, Shape, StructureShape } from '../../src/model/shapes.js';
import { serializeQuery } from '../../src/protocol/serializeQuery.js';

/**
 * Inputs shaped like the model, as the validator accepts them: list items and required
 * structures carry every member, since the Query protocol cannot send an empty one.
 */
function arbitraryFor(shape: Shape, mustBeSent = false): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return fc.string({ unit: 'binary', maxLength: 12 });
    case 'integer':
      return fc.integer({ min: shape.min ?? -1_000_000, max: shape.max ?? 1_000_000 });
    case 'timestamp':
      return fc.date({ noInvalidDate: true });
    case 'list':
      return fc.array(arbitraryFor(shape.member, true), { maxLength: 4 });
    case 'structure': {
      const members = Object.fromEntries(
        Object.entries(shape.members).map(([name, member]) => [name, arbitraryFor(member, shape.required.includes(name))]),
      );
      return fc.record(members, { requiredKeys: mustBeSent ? Object.keys(members) : [...shape.required] });
    }
  }
}

/** A minimal awsQuery form decoder: the inverse of the serializer, walking the same shapes. */
function decodeQuery(shape: StructureShape, body: string): { action?: string; version?: string; input: Record<string, unknown> } {
  const decoded: { action?: string; version?: string; input: Record<string, unknown> } = { input: {} };
  for (const pair of body.split('&')) {
    const [rawKey = '', rawValue = ''] = pair.split('=');
    const key = decodeURIComponent(rawKey);
    const value = decodeURIComponent(rawValue);
    if (key === 'Action') decoded.action = value;
    else if (key === 'Version') decoded.version = value;
    else assign(decoded.input, shape, key.split('.'), value);
  }
  return decoded;
}

function assign(container: Record<string, unknown>, shape: StructureShape, path: string[], value: string): void {
  const [name = '', ...rest] = path;
  const member = shape.members[name];
  if (member === undefined) throw new Error(`unexpected key segment ${name}`);
  container[name] = decodeValue(member, container[name], rest, value);
}

function decodeValue(shape: Shape, existing: unknown, path: string[], value: string): unknown {
  switch (shape.kind) {
    case 'structure': {
      const structure = (existing ?? {}) as Record<string, unknown>;
      assign(structure, shape, path, value);
      return structure;
    }
    case 'list': {
      const [marker, position = '', ...rest] = path;
      if (marker !== 'member') throw new Error(`expected .member. but got ${marker}`);
      const list = (existing ?? []) as unknown[];
      const index = Number(position) - 1;
      list[index] = decodeValue(shape.member, list[index], rest, value);
      return list;
    }
    case 'integer':
      return Number(value);
    case 'timestamp':
      return new Date(value);
    case 'string':
      return value;
  }
}

/** What a round trip can preserve: empty lists and empty structures are not sent at all. */
function withoutEmpties(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpties);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const entries = Object.entries(value)
    .map(([key, member]) => [key, withoutEmpties(member)] as const)
    .filter(([, member]) => !(Array.isArray(member) && member.length === 0) && !isEmptyObject(member));
  return Object.fromEntries(entries);
}

function isEmptyObject(value: unknown): boolean {
  const isPlainObject = typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);
  return isPlainObject && Object.keys(value).length === 0;
}

const operationAndInput = fc
  .constantFrom(...Object.values(OPERATIONS) as OperationSchema[])
  .chain((operation) => arbitraryFor(operation.input).map((input) => [operation, input as object] as const));

describe(serializeQuery.name, () => {
  it('should round-trip any input of any operation through a form decoder', () => {
    fc.assert(
      fc.property(operationAndInput, ([operation, input]) => {
        const decoded = decodeQuery(operation.input, serializeQuery(operation, input));

        expect(decoded.action).toBe(operation.name);
        expect(decoded.version).toBe('2011-06-15');
        expect(decoded.input).toEqual(withoutEmpties(input));
      }),
      { numRuns: 500 },
    );
  });

  it('should put nothing but unreserved characters and %XX escapes in the body', () => {
    fc.assert(
      fc.property(operationAndInput, ([operation, input]) => {
        expect(serializeQuery(operation, input)).toMatch(/^(?:[A-Za-z0-9\-_.~=&]|%[0-9A-F]{2})*$/);
      }),
      { numRuns: 300 },
    );
  });
});
