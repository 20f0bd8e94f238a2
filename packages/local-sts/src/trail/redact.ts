/**
 * Turns request and result members into CloudTrail's camelCase form and removes every
 * secret on the way, so an event can be logged, printed or written to a file as it is.
 *
 * @internal
 */

/** Members never recorded (camelCase): credentials' secrets, MFA codes and bearer tokens. @internal */
export const SECRET_MEMBERS: ReadonlySet<string> = new Set([
  'secretAccessKey',
  'sessionToken',
  'tokenCode',
  'sAMLAssertion',
  'webIdentityToken',
  'tradeInToken',
]);

/** A deep copy with camelCase keys and no secret members. @internal */
export function redactMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactMembers);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const name = key.charAt(0).toLowerCase() + key.slice(1);
    if (member === undefined || SECRET_MEMBERS.has(name)) continue;
    out[name] = redactMembers(member);
  }
  return out;
}
