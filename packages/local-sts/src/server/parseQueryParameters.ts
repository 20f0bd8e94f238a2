/**
 * Query protocol parameters: the form-encoded body of a POST, or the query string of a GET
 * (STS-API.md §7.1–7.2). `+` means space, as in any form encoding.
 *
 * @internal
 */
import type { QueryParameters } from '../model/readInput.js';

/** @internal */
export function parseQueryParameters(method: string, target: string, body: Uint8Array): QueryParameters {
  const queryStart = target.indexOf('?');
  const text = method === 'GET' ? (queryStart < 0 ? '' : target.slice(queryStart + 1)) : Buffer.from(body).toString('utf8');
  const parameters = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(text)) {
    // First occurrence wins: a repeated key is a client bug, not a second value.
    if (!parameters.has(key)) parameters.set(key, value);
  }
  return parameters;
}
