import type { OperationSchema, Shape } from '../model/shapes.js';
import { STS_API_VERSION } from './constants.js';

type AddPair = (key: string, value: string) => void;

/**
 * Serializes an operation's input as an awsQuery form body (STS-API.md §7.2): `Action` and
 * `Version` first, then the members in model order, structures flattened as `Parent.Member`
 * and lists as `Name.member.N` (N from 1). Undefined members and empty lists are left out,
 * integers are written in decimal, and keys and values are percent-encoded as RFC 3986 says.
 *
 * Expects input that passed `validateInput`: members it does not know are ignored, and a
 * string with a lone surrogate (which has no UTF-8 form) throws a `URIError`.
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

function flatten(shape: Shape, value: unknown, key: string, addPair: AddPair): void {
  // null is treated like undefined, as the validator does: plain JavaScript callers use both.
  if (value === undefined || value === null) return;
  switch (shape.kind) {
    case 'structure':
      for (const [name, member] of Object.entries(shape.members)) {
        const memberValue = (value as Readonly<Record<string, unknown>>)[name];
        flatten(member, memberValue, key === '' ? name : `${key}.${name}`, addPair);
      }
      return;
    case 'list':
      (value as readonly unknown[]).forEach((item, index) => {
        flatten(shape.member, item, `${key}.member.${index + 1}`, addPair);
      });
      return;
    case 'timestamp':
      addPair(key, (value as Date).toISOString());
      return;
    case 'string':
    case 'integer':
      addPair(key, String(value));
  }
}

/** RFC 3986 unreserved characters stay; `encodeURIComponent` also spares `!'()*`, so encode those. */
function percentEncode(text: string): string {
  const hex = (char: string): string => char.charCodeAt(0).toString(16).toUpperCase();
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${hex(char)}`);
}
