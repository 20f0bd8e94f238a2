/**
 * STS replies as trees: valid replies of every operation built from random outputs of its
 * model shape, rendered to XML, and mutated structurally (an element deleted, duplicated,
 * moved, renamed, given a huge or tricky value) or textually (cut, a byte flipped, noise).
 */
import fc from 'fast-check';
import type { OperationSchema, Shape, StringShape, StructureShape } from '../../../packages/sts/src/model/shapes.js';
import { STS_XML_NAMESPACE } from '../../../packages/sts/src/protocol/constants.js';
import { stringFor, valueFor, type Interval } from './modelArbitraries.js';

/** An element with text (escaped when rendered), raw markup (written as is), or child elements. */
export interface XmlTree {
  name: string;
  text?: string | undefined;
  raw?: string | undefined;
  children?: XmlTree[] | undefined;
}

/** Characters XML 1.0 can carry (as text or as a character reference). */
const XML_CHARACTERS: readonly Interval[] = [
  [0x9, 0xa],
  [0xd, 0xd],
  [0x20, 0xd7ff],
  [0xe000, 0xfffd],
  [0x10000, 0x10ffff],
];

/** A secret value that cannot occur by chance elsewhere in a reply, so a leak is unmistakable. */
export const secretValue: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), minLength: 24, maxLength: 60 })
  .map((tail) => `S3cr3t${tail}`);

/** A random valid output of a shape; secrets are distinctive and every string fits XML. */
export function outputFor(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return shape.sensitive ? secretValue : stringFor(shape as StringShape, XML_CHARACTERS);
    case 'structure': {
      const members = Object.fromEntries(Object.entries(shape.members).map(([name, member]) => [name, outputFor(member)]));
      return fc.record(members, { requiredKeys: [...shape.required] as never[] });
    }
    case 'list':
      return fc.array(outputFor(shape.member), { maxLength: 4 });
    default:
      return valueFor(shape);
  }
}

/** The tree of a reply's result element, timestamps written as STS writes them (or with milliseconds). */
function toTree(shape: Shape, name: string, value: unknown, fractional: boolean): XmlTree {
  switch (shape.kind) {
    case 'structure':
      return {
        name,
        children: Object.entries(shape.members)
          .filter(([member]) => (value as Record<string, unknown>)[member] !== undefined)
          .map(([member, memberShape]) => toTree(memberShape, member, (value as Record<string, unknown>)[member], fractional)),
      };
    case 'list':
      return { name, children: (value as unknown[]).map((item) => toTree(shape.member, 'member', item, fractional)) };
    case 'timestamp': {
      const iso = (value as Date).toISOString();
      return { name, text: fractional ? iso : iso.replace(/\.\d{3}Z$/, 'Z') };
    }
    default:
      return { name, text: String(value) };
  }
}

export interface ValidReply {
  readonly operationName: string;
  readonly output: Record<string, unknown>;
  readonly requestId: string;
  /** Whether timestamps were written with milliseconds; without, they are cut to the second. */
  readonly fractional: boolean;
  readonly tree: XmlTree;
}

/** A valid success reply of `operation`, as a tree, with the output it encodes. */
export function validReply(operation: OperationSchema): fc.Arbitrary<ValidReply> {
  return fc.tuple(outputFor(operation.output), fc.uuid(), fc.boolean()).map(([output, requestId, fractional]) => ({
    operationName: operation.name,
    output: output as Record<string, unknown>,
    requestId,
    fractional,
    tree: {
      name: `${operation.name}Response`,
      children: [
        toTree(operation.output, operation.resultWrapper, output, fractional),
        { name: 'ResponseMetadata', children: [{ name: 'RequestId', text: requestId }] },
      ],
    },
  }));
}

/** Escapes what XML text cannot hold literally; `\r` too, which parsers would turn into `\n`. */
function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[char] ?? char);
}

/** Renders a tree; the root carries the STS namespace. */
export function renderXml(tree: XmlTree, root = true): string {
  const open = root ? `<${tree.name} xmlns="${STS_XML_NAMESPACE}">` : `<${tree.name}>`;
  const inner = tree.children
    ? tree.children.map((child) => renderXml(child, false)).join('')
    : (tree.raw ?? escapeText(tree.text ?? ''));
  return `${open}${inner}</${tree.name}>`;
}

/** An error reply in the awsQuery envelope. */
export function errorReplyXml(code: string, message: string, requestId: string): string {
  return renderXml({
    name: 'ErrorResponse',
    children: [
      { name: 'Error', children: [{ name: 'Type', text: 'Sender' }, { name: 'Code', text: code }, { name: 'Message', text: message }] },
      { name: 'RequestId', text: requestId },
    ],
  });
}

/** Every element of a tree with its parent, root first. */
function nodes(tree: XmlTree, parent?: XmlTree): { node: XmlTree; parent: XmlTree | undefined }[] {
  return [{ node: tree, parent }, ...(tree.children ?? []).flatMap((child) => nodes(child, tree))];
}

function clone(tree: XmlTree): XmlTree {
  return structuredClone(tree);
}

/** Text that has tripped XML parsers: entities, references to no character, markup, a DOCTYPE. */
export const TRICKY_TEXT = [
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&unknown;',
  '&amp;lt;',
  '&lt;Credentials&gt;',
  '<![CDATA[<SecretAccessKey>x</SecretAccessKey>]]>',
  ']]>',
  '<!-- -->',
  '<?pi x?>',
  '<member/>',
  '<x>nested</x>',
  '\u0000\u0001\u0008',
  '\uFEFF',
  '\uD800',
  '   ',
  '',
] as const;

const DOCTYPE_BOMB =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';

/**
 * One structural edit of a reply tree, named so a failure says what was done. `renames` is
 * true for the edit that renames an element: a secret inside an element no longer named as
 * one cannot be recognised as secret by any reader.
 */
export type TreeEdit = { readonly kind: string; readonly renames?: boolean; readonly apply: (tree: XmlTree) => XmlTree };

export const treeEdit: fc.Arbitrary<TreeEdit> = fc.oneof(
  fc.nat().map((at) => ({ kind: 'delete an element', apply: (tree: XmlTree) => edit(tree, at, (node, parent) => {
    if (parent?.children) parent.children.splice(parent.children.indexOf(node), 1);
  }) })),
  fc.nat().map((at) => ({ kind: 'duplicate an element', apply: (tree: XmlTree) => edit(tree, at, (node, parent) => {
    parent?.children?.splice(parent.children.indexOf(node), 0, clone(node));
  }) })),
  fc.tuple(fc.nat(), fc.nat()).map(([at, seed]) => ({ kind: 'reorder children', apply: (tree: XmlTree) => edit(tree, at, (node) => {
    node.children?.sort((a, b) => ((a.name.length * 7 + seed) % 5) - ((b.name.length * 7 + seed) % 5)).reverse();
  }) })),
  fc.tuple(fc.nat(), fc.integer({ min: 1_000, max: 60_000 })).map(([at, size]) => ({ kind: `huge value (${size})`, apply: (tree: XmlTree) => edit(tree, at, (node) => {
    node.children = undefined;
    node.text = '9'.repeat(size);
  }) })),
  fc.tuple(fc.nat(), fc.constantFrom(...TRICKY_TEXT)).map(([at, text]) => ({ kind: `raw text ${JSON.stringify(text)}`, apply: (tree: XmlTree) => edit(tree, at, (node) => {
    node.children = undefined;
    node.raw = text;
  }) })),
  fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(([at, name]) => ({ kind: 'rename an element', renames: true, apply: (tree: XmlTree) => edit(tree, at, (node) => {
    node.name = /^[A-Za-z_][\w.-]*$/.test(name) ? name : `Renamed${name.length}`;
  }) })),
  fc.nat().map((at) => ({ kind: 'text where elements were', apply: (tree: XmlTree) => edit(tree, at, (node) => {
    if (node.children) {
      node.children = undefined;
      node.text = 'flattened';
    } else {
      node.children = [{ name: 'member', text: node.text ?? '' }];
      node.text = undefined;
    }
  }) })),
);

function edit(tree: XmlTree, at: number, change: (node: XmlTree, parent: XmlTree | undefined) => void): XmlTree {
  const copy = clone(tree);
  const all = nodes(copy);
  const target = all[at % all.length];
  if (target) change(target.node, target.parent);
  return copy;
}

/** One textual edit of a rendered reply. */
export const textEdit: fc.Arbitrary<{ readonly kind: string; readonly apply: (body: string) => string }> = fc.oneof(
  fc.nat().map((at) => ({ kind: 'truncated', apply: (body: string) => body.slice(0, at % (body.length + 1)) })),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => ({
    kind: 'byte flipped',
    apply: (body: string) => {
      const bytes = Buffer.from(body, 'utf8');
      if (bytes.length > 0) bytes[at % bytes.length]! ^= 1 << bit;
      return bytes.toString('utf8');
    },
  })),
  fc.tuple(fc.nat(), fc.constantFrom(...TRICKY_TEXT, '<', '>', '&', '</', '/>')).map(([at, noise]) => ({
    kind: `inserted ${JSON.stringify(noise)}`,
    apply: (body: string) => body.slice(0, at % (body.length + 1)) + noise + body.slice(at % (body.length + 1)),
  })),
  fc.constantFrom(
    { kind: 'doctype bomb before', apply: (body: string) => DOCTYPE_BOMB + body.replace('<', '<!-- &lol2; -->\n<') },
    { kind: 'byte-order mark and declaration', apply: (body: string) => `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${body}` },
    { kind: 'namespace prefixes', apply: (body: string) => body.replace(/<(\/?)([A-Za-z])/g, '<$1sts:$2').replace('xmlns=', 'xmlns:sts=') },
    { kind: 'two roots', apply: (body: string) => body + body },
    { kind: 'trailing garbage', apply: (body: string) => `${body}<<&` },
  ),
);

/** Bodies that are no STS reply at all. */
export const foreignBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '   \n',
    '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
    '<!DOCTYPE html><html><body>Service Unavailable</body></html>',
    '{"message":"Internal server error"}',
    '<?xml version="1.0"?>',
    '<ErrorResponse/>',
    '<Error><Code></Code></Error>',
    '<a>',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', '&', ';', '"', '=', ' ', '!', '[', ']', '?'), maxLength: 60 }),
);

/**
 * The output a reader must return for a valid reply: IDs, keys, tokens and ARNs trimmed
 * (STS pads them with line breaks), timestamps as written.
 */
export function expectedOutput(shape: StructureShape, reply: Pick<ValidReply, 'output' | 'fractional'>): Record<string, unknown> {
  const padded = /(?:Id|Arn|Key|Token|Account|Principal)$/;
  return Object.fromEntries(
    Object.entries(reply.output).map(([name, member]) => {
      const memberShape = shape.members[name];
      if (memberShape?.kind === 'structure') {
        return [name, expectedOutput(memberShape, { ...reply, output: member as Record<string, unknown> })];
      }
      if (memberShape?.kind === 'timestamp' && !reply.fractional) {
        return [name, new Date(Math.floor((member as Date).getTime() / 1000) * 1000)];
      }
      return [name, typeof member === 'string' && padded.test(name) ? member.trim() : member];
    }),
  );
}

/** Every secret value in an output, found by the model's `sensitive` marks. */
export function secretsOf(shape: StructureShape, value: Record<string, unknown>): string[] {
  return Object.entries(value).flatMap(([name, member]) => {
    const memberShape = shape.members[name];
    if (memberShape?.kind === 'structure') return secretsOf(memberShape, member as Record<string, unknown>);
    return memberShape?.kind === 'string' && memberShape.sensitive ? [String(member)] : [];
  });
}
