import type { Shape, StructureShape } from '../model/shapes.js';
import { concealSecrets } from '../secrets/concealSecrets.js';
import { childElement, childElements, textOf, type XmlElement } from './xmlDocument.js';

/** Throws the caller's error for a reply that does not fit the output shape. @internal */
export type ReportBadReply = (reason: string) => never;

/**
 * IDs, keys, tokens, ARNs and account numbers never start or end with whitespace, and the API
 * Reference samples pad them with line breaks; so they are trimmed. Other strings (a
 * `DecodedMessage`, an `Issuer`) are kept exactly as sent.
 */
const PADDED_MEMBER = /(?:Id|Arn|Key|Token|Account|Principal)$/;

/** ISO 8601 date-time as awsQuery sends it, with or without fractional seconds. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * Reads a structure from a reply element by the model: children are looked up by name (so
 * order does not matter and unknown elements are ignored), integers become numbers and
 * timestamps `Date`s, strings stay strings. A required member missing from a present
 * structure is reported. Secret members (`Credentials.SecretAccessKey`, `SessionToken`, a
 * `WebIdentityToken`) are concealed from `JSON.stringify` and `util.inspect`.
 *
 * @param path - where `element` sits in the output, for messages such as
 *   "Credentials.Expiration is not a timestamp"; '' for the result element itself.
 * @internal
 */
export function readXmlStructure(
  shape: StructureShape,
  element: XmlElement,
  path: string,
  reportBadReply: ReportBadReply,
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  const secretNames: string[] = [];
  for (const [name, member] of Object.entries(shape.members)) {
    const memberPath = path === '' ? name : `${path}.${name}`;
    const child = childElement(element, name);
    if (child === undefined) {
      if (shape.required.includes(name)) reportBadReply(`missing ${memberPath}`);
      continue;
    }
    output[name] = readValue(member, child, name, memberPath, reportBadReply);
    if (member.kind === 'string' && member.sensitive) secretNames.push(name);
  }
  return secretNames.length > 0 ? concealSecrets(output, secretNames) : output;
}

function readValue(
  shape: Shape,
  element: XmlElement,
  name: string,
  path: string,
  reportBadReply: ReportBadReply,
): unknown {
  switch (shape.kind) {
    case 'structure':
      return readXmlStructure(shape, element, path, reportBadReply);
    case 'list':
      // Query lists are `<member>` children; a single one still makes a one-element list.
      return childElements(element, 'member').map((item, index) =>
        readValue(shape.member, item, name, `${path}[${index}]`, reportBadReply),
      );
    case 'string': {
      const text = textOf(element);
      return PADDED_MEMBER.test(name) ? text.trim() : text;
    }
    case 'integer': {
      const text = textOf(element).trim();
      const value = Number(text);
      if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value)) reportBadReply(`${path} is not an integer`);
      return value;
    }
    case 'timestamp': {
      const text = textOf(element).trim();
      const value = new Date(text.toUpperCase());
      if (!TIMESTAMP.test(text) || Number.isNaN(value.getTime())) reportBadReply(`${path} is not a timestamp`);
      return value;
    }
  }
}
