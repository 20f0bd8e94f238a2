/**
 * A strict awsQuery form decoder, written for the fuzzer independently of the client's
 * serializer: it refuses anything a careful server could misread (a repeated key, a key the
 * model does not have, a stray `+`, a list that skips an index, a value on a structure).
 */
import type { Shape, StructureShape } from '../../../packages/sts/src/model/shapes.js';

export interface DecodedForm {
  /** Keys in the order sent. */
  readonly keys: readonly string[];
  readonly action: string | undefined;
  readonly version: string | undefined;
  readonly input: Record<string, unknown>;
}

export function decodeQueryForm(shape: StructureShape, body: string): DecodedForm {
  const keys: string[] = [];
  const input: Record<string, unknown> = {};
  let action: string | undefined;
  let version: string | undefined;
  for (const pair of body.split('&')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.includes('=', separator + 1)) throw new Error(`not one key=value pair: ${pair}`);
    if (pair.includes('+')) throw new Error(`a literal + is ambiguous in a form body: ${pair}`);
    const key = decodeURIComponent(pair.slice(0, separator));
    const value = decodeURIComponent(pair.slice(separator + 1));
    if (keys.includes(key)) throw new Error(`key sent twice: ${key}`);
    keys.push(key);
    if (key === 'Action') action = value;
    else if (key === 'Version') version = value;
    else assignMember(input, shape, key.split('.'), value, key);
  }
  checkListsDense(shape, input);
  return { keys, action, version, input };
}

function assignMember(container: Record<string, unknown>, shape: StructureShape, path: string[], value: string, key: string): void {
  const [name = '', ...rest] = path;
  const member = Object.hasOwn(shape.members, name) ? shape.members[name] : undefined;
  if (member === undefined) throw new Error(`${key}: ${name} is not a member`);
  container[name] = decodeValue(member, container[name], rest, value, key);
}

function decodeValue(shape: Shape, existing: unknown, path: string[], value: string, key: string): unknown {
  if (shape.kind === 'structure') {
    const structure = (existing ?? {}) as Record<string, unknown>;
    assignMember(structure, shape, path, value, key);
    return structure;
  }
  if (shape.kind === 'list') {
    const [marker, position = '', ...rest] = path;
    if (marker !== 'member' || !/^[1-9]\d*$/.test(position)) throw new Error(`${key}: expected .member.N`);
    const list = (existing ?? []) as unknown[];
    const index = Number(position) - 1;
    list[index] = decodeValue(shape.member, list[index], rest, value, key);
    return list;
  }
  if (path.length > 0) throw new Error(`${key}: a ${shape.kind} has no members`);
  switch (shape.kind) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) throw new Error(`${key}: not a decimal integer`);
      return Number(value);
    case 'timestamp':
      return new Date(value);
    case 'string':
      return value;
  }
}

/** A list item left out (`member.1` missing beside `member.2`) is a hole a server cannot read. */
function checkListsDense(shape: Shape, value: unknown): void {
  if (value === undefined) return;
  if (shape.kind === 'list') {
    const list = value as unknown[];
    for (let index = 0; index < list.length; index++) {
      if (!(index in list)) throw new Error(`list item ${index + 1} is missing`);
      checkListsDense(shape.member, list[index]);
    }
  } else if (shape.kind === 'structure') {
    for (const [name, member] of Object.entries(shape.members)) {
      checkListsDense(member, (value as Record<string, unknown>)[name]);
    }
  }
}

/** What a Query round trip can carry: empty lists are not sent, so they come back absent. */
export function wireView(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wireView);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== undefined && !(Array.isArray(member) && member.length === 0))
      .map(([name, member]) => [name, wireView(member)]),
  );
}
