import type { OperationSchema, Shape } from '../model/shapes.js';
import { isPlainObject } from '../validation/plainObject.js';
import { STS_API_VERSION } from './constants.js';

type AddPair = (key: string, value: string) => void;

/**
 * Serializes an operation's input as an awsQuery form body (STS-API.md §7.2): `Action` and
 * `Version` first, then the members in model order, structures flattened as `Parent.Member`
 * and lists as `Name.member.N`, N being the item's position from 1. Undefined members and
 * empty lists are left out, integers are written in decimal, and keys and values are
 * percent-encoded as RFC 3986 says.
 *
 * Expects input that passed `validateInput`: members it does not know are ignored, and a
 * string with a lone surrogate (which has no UTF-8 form) throws a `URIError`. It never drops
 * what it cannot send: a structure that is not a plain object, a list that is not an array,
 * a hole in a list, or a list item or required structure that would write no key throws a
 * `TypeError` naming the key (never the value), since the Query protocol sends members, not
 * the structures holding them, and STS would read a different request.
 *
 * @example
 * serializeQuery(OPERATIONS.AssumeRole, { RoleArn: arn, RoleSessionName: 'build-42' });
 * // 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3A…&RoleSessionName=build-42'
 *
 * @internal
 */
export function serializeQuery(operation: OperationSchema, input: object): string {
  const pairs: string[] = [];
  const addPair: AddPair = (key, value) => pairs.push(`${percentEncode(key)}=${percentEncode(value)}`);
  addPair('Action', operation.name);
  addPair('Version', STS_API_VERSION);
  flatten(operation.input, input, '', addPair);
  return pairs.join('&');
}

/** Writes `value` under `key` and returns how many pairs it wrote. */
function flatten(shape: Shape, value: unknown, key: string, addPair: AddPair): number {
  // null is treated like undefined, as the validator does: plain JavaScript callers use both.
  if (value === undefined || value === null) return 0;
  switch (shape.kind) {
    case 'structure': {
      if (!isPlainObject(value)) throw new TypeError(`${key || 'input'} must be a plain object to be serialized`);
      let written = 0;
      for (const [name, member] of Object.entries(shape.members)) {
        const memberKey = key === '' ? name : `${key}.${name}`;
        const memberWritten = flatten(member, value[name], memberKey, addPair);
        if (memberWritten === 0 && member.kind === 'structure' && shape.required.includes(name) && value[name] != null) {
          throw new TypeError(`${memberKey} has no member set, so the required structure would not be sent`);
        }
        written += memberWritten;
      }
      return written;
    }
    case 'list': {
      if (!Array.isArray(value)) throw new TypeError(`${key} must be an array to be serialized`);
      let written = 0;
      // An index loop, not forEach, which skips holes: every position is either sent as
      // .member.(index + 1) or refused, so the numbering stays the caller's.
      for (let index = 0; index < value.length; index++) {
        const itemKey = `${key}.member.${index + 1}`;
        const itemWritten = flatten(shape.member, value[index], itemKey, addPair);
        if (itemWritten === 0) throw new TypeError(`${itemKey} has no wire form (a hole or an empty item), so it would not be sent`);
        written += itemWritten;
      }
      return written;
    }
    case 'timestamp':
      addPair(key, (value as Date).toISOString());
      return 1;
    case 'string':
    case 'integer':
      addPair(key, String(value));
      return 1;
  }
}

/** RFC 3986 unreserved characters stay; `encodeURIComponent` also spares `!'()*`, so encode those. */
function percentEncode(text: string): string {
  const hex = (char: string): string => char.charCodeAt(0).toString(16).toUpperCase();
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${hex(char)}`);
}
