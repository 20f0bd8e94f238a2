import { createHash } from 'node:crypto';

/**
 * The AWS CLI's cache key for an STS request, computed as botocore's
 * `BaseAssumeRoleCredentialFetcher._create_cache_key` does, so that stskit and the AWS CLI
 * find each other's entries: the SHA-1 hex of `json.dumps(args, sort_keys=True)`, where
 * `args` are the request's parameters minus a generated `RoleSessionName` (which changes
 * every run) and minus the MFA code (which changes every 30 seconds).
 *
 * @param args - request parameters by their API names, e.g. `{ RoleArn, SerialNumber }`;
 *   absent parameters left out
 * @returns the file name stem, e.g. `4f4b…e1` (hex, so already safe as a file name)
 *
 * @example
 * ```ts
 * cliCacheKey({ RoleArn: 'arn:aws:iam::111122223333:role/admin', DurationSeconds: 3600 });
 * ```
 *
 * @public
 */
export function cliCacheKey(args: Readonly<Record<string, string | number>>): string {
  return createHash('sha1').update(pythonJsonDumps(args), 'utf8').digest('hex');
}

/**
 * Python's `json.dumps(value, sort_keys=True)` for a flat object of strings and integers:
 * `", "` and `": "` separators, and every non-ASCII character escaped as `\uXXXX`
 * (`ensure_ascii`), which `JSON.stringify` does not do.
 *
 * @internal
 */
export function pythonJsonDumps(args: Readonly<Record<string, string | number>>): string {
  const members = Object.keys(args)
    .sort()
    .map((key) => `${asciiJson(key)}: ${typeof args[key] === 'number' ? String(args[key]) : asciiJson(args[key] as string)}`);
  return `{${members.join(', ')}}`;
}

function asciiJson(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
