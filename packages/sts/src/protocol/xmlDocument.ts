import { createRequire } from 'node:module';

/**
 * A parsed XML element: its local name (any namespace prefix dropped) and its child nodes in
 * document order. Children are looked up by name, so element order does not matter.
 *
 * @internal
 */
export interface XmlElement {
  readonly name: string;
  readonly nodes: readonly XmlNode[];
}

/** fast-xml-parser's ordered form: `{ Tag: [...] }`, `{ '#text': '…' }` or `{ '#cdata': [...] }`. */
type XmlNode = Readonly<Record<string, unknown>>;

/** @internal */
export type XmlParseResult = { readonly root: XmlElement } | { readonly problem: string };

const TEXT = '#text';
const CDATA = '#cdata';

const PARSER_OPTIONS = {
  preserveOrder: true, // keeps repeated elements apart, so a one-element list stays a list
  ignoreAttributes: true, // STS carries nothing in attributes; skips xmlns quirks entirely
  removeNSPrefix: true,
  parseTagValue: false, // an Account such as 012345678901 must stay a string
  trimValues: false, // the reader decides what to trim, per member
  processEntities: false, // decoded below, exactly as XML defines them, and no DOCTYPE expansion
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
  jPath: false, // no path string built for every value: nothing here reads it
} as const;

interface XmlTools {
  readonly parser: import('fast-xml-parser').XMLParser;
  readonly validate: typeof import('fast-xml-parser').XMLValidator.validate;
}

let xmlTools: XmlTools | undefined;

/**
 * Loaded on the first reply, so importing the client costs nothing for it, and from the
 * package's CommonJS build: one bundled file, where its ESM build is a tree of modules that
 * costs a fresh process several times more to load.
 */
function loadXmlTools(): XmlTools {
  if (!xmlTools) {
    const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
    xmlTools = { parser: new XMLParser(PARSER_OPTIONS), validate: XMLValidator.validate };
  }
  return xmlTools;
}

/**
 * Parses a reply body. Returns the root element, or the reason the body is not well-formed
 * XML; the reason names no content, since the body may hold secrets.
 *
 * @internal
 */
export function parseXml(body: string): XmlParseResult {
  // Leniency for whitespace or a byte-order mark before the XML declaration.
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return { problem: 'reply is empty' };
  if (!text.startsWith('<')) return { problem: 'reply is not XML' };
  const { parser, validate } = loadXmlTools();
  const validation = validate(text);
  if (validation !== true) {
    return { problem: `reply is not well-formed XML (${validation.err.code} at line ${validation.err.line})` };
  }
  try {
    const nodes = parser.parse(text) as XmlNode[];
    const root = nodes.map(toElement).find((element) => element !== undefined);
    return root ? { root } : { problem: 'reply has no root element' };
  } catch {
    // fast-xml-parser refuses documents nested too deeply, after the validator let them through.
    return { problem: 'reply could not be parsed as XML' };
  }
}

/** The first child element named `name`, if any. @internal */
export function childElement(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const node of parent?.nodes ?? []) {
    const element = toElement(node);
    if (element?.name === name) return element;
  }
  return undefined;
}

/** Every child element named `name`, in document order. @internal */
export function childElements(parent: XmlElement, name: string): XmlElement[] {
  return parent.nodes.map(toElement).filter((element): element is XmlElement => element?.name === name);
}

/**
 * The element's own text (not its descendants'), entity-decoded; CDATA is taken verbatim.
 *
 * @internal
 */
export function textOf(element: XmlElement): string {
  let text = '';
  for (const node of element.nodes) {
    if (typeof node[TEXT] === 'string') text += decodeEntities(node[TEXT]);
    else if (Array.isArray(node[CDATA])) text += (node[CDATA] as XmlNode[]).map(cdataText).join('');
  }
  return text;
}

function cdataText(part: XmlNode): string {
  return String(part[TEXT] ?? '');
}

function toElement(node: XmlNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== TEXT && key !== CDATA && key !== ':@');
  const nodes = name === undefined ? undefined : node[name];
  return name !== undefined && Array.isArray(nodes) ? { name, nodes: nodes as XmlNode[] } : undefined;
}

const ENTITY = /&(?:#(\d+)|#x([0-9A-Fa-f]+)|(lt|gt|amp|quot|apos));/g;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return PREDEFINED[name] ?? reference;
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    const isCharacter = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return isCharacter ? String.fromCodePoint(codePoint) : reference;
  });
}
