/**
 * The SigV4 canonical request, rebuilt from what arrived on the wire: the raw path and query,
 * the raw header lines, and the hash of the exact body bytes. Nothing is taken from a
 * client-side representation, so a client that signs something other than what it sends
 * is caught.
 *
 * @internal
 */
import { createHash } from 'node:crypto';

/** @internal */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query as on the request line, e.g. `/?Action=…`. */
  readonly target: string;
  /** Node's `rawHeaders`: name, value, name, value… */
  readonly rawHeaders: readonly string[];
  readonly body: Uint8Array;
  /** The value of one header (lower-case name), repeats joined by commas. */
  header(name: string): string | undefined;
}

/** SHA-256 hex. @internal */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** RFC 3986 percent-encoding, as SigV4 requires (everything but `A–Z a–z 0–9 - _ . ~`). @internal */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Builds the canonical request for `signedHeaders`. @internal */
export function canonicalRequest(request: ReceivedRequest, signedHeaders: readonly string[]): string {
  const queryStart = request.target.indexOf('?');
  const rawPath = queryStart < 0 ? request.target : request.target.slice(0, queryStart);
  const rawQuery = queryStart < 0 ? '' : request.target.slice(queryStart + 1);
  const headers = headerValues(request.rawHeaders);
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${headers.get(name) ?? ''}\n`).join('');
  return [
    request.method.toUpperCase(),
    canonicalPath(rawPath),
    canonicalQuery(rawQuery),
    canonicalHeaders,
    signedHeaders.join(';'),
    sha256Hex(request.body),
  ].join('\n');
}

/** Remove dot segments and encode each segment once (STS is not S3). */
function canonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split('/').slice(1)) {
    if (segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(encodeRfc3986(safeDecode(segment)));
  }
  return `/${segments.join('/')}`;
}

function canonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  return rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const key = equals < 0 ? pair : pair.slice(0, equals);
      const value = equals < 0 ? '' : pair.slice(equals + 1);
      return [encodeRfc3986(safeDecode(key)), encodeRfc3986(safeDecode(value))] as const;
    })
    .sort(([keyA, valueA], [keyB, valueB]) => (keyA < keyB ? -1 : keyA > keyB ? 1 : valueA < valueB ? -1 : valueA > valueB ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/** Header values by lower-case name: trimmed, inner whitespace runs collapsed, repeats joined by commas. */
function headerValues(rawHeaders: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!.toLowerCase();
    const value = rawHeaders[index + 1]!.trim().replace(/\s+/g, ' ');
    const previous = values.get(name);
    values.set(name, previous === undefined ? value : `${previous},${value}`);
  }
  return values;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
