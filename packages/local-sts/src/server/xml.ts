/**
 * Just enough XML writing for STS replies: nested elements from a plain object, text
 * escaped. STS outputs contain no lists and no attributes (STS-API.md §7.4).
 *
 * @internal
 */

/** A value an element can hold; undefined members are left out, as STS leaves out absent members. @internal */
export type XmlValue = string | number | XmlObject;

/** @internal */
export interface XmlObject {
  readonly [name: string]: XmlValue | undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content or attribute values. @internal */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Renders `<name>value</name>`, recursing into objects. @internal */
export function element(name: string, value: XmlValue): string {
  if (typeof value === 'object') {
    let children = '';
    for (const [child, childValue] of Object.entries(value)) {
      if (childValue !== undefined) children += element(child, childValue);
    }
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
