// The wording of validation messages. Each says what was expected and never quotes the value,
// which may be an MFA code, a token or a SAML assertion.

/** "must be 2 to 64 characters", "must be exactly 6 characters", "must be at least 1 character". @internal */
export function lengthMessage(min: number | undefined, max: number | undefined): string {
  return `must be ${bounds(min, max)} ${plural(max ?? min ?? 0, 'character')}`;
}

/** "must be an integer from 900 to 43200", "must be an integer of at least 0". @internal */
export function integerMessage(min: number | undefined, max: number | undefined): string {
  if (min === undefined && max === undefined) return 'must be an integer';
  const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : `of ${bounds(min, max)}`;
  return `must be an integer ${range}`;
}

/** "must have 1 to 5 items", "must have at most 50 items". @internal */
export function sizeMessage(min: number | undefined, max: number | undefined): string {
  return `must have ${bounds(min, max)} ${plural(max ?? min ?? 0, 'item')}`;
}

/** "must match [\w+=,.@-]*": the pattern as the model writes it, without the anchors we added. @internal */
export function patternMessage(pattern: RegExp): string {
  const grouped = /^\^\(\?:(.*)\)\$$/.exec(pattern.source);
  return `must match ${grouped?.[1] ?? pattern.source.replace(/^\^/, '').replace(/\$$/, '')}`;
}

/**
 * "must have a member set (expected one of ProviderArn, ContextAssertion); an empty structure
 * is not sent". @internal
 */
export function emptyStructureMessage(memberNames: readonly string[]): string {
  const expected = memberNames.length === 1 ? memberNames[0] : `one of ${memberNames.join(', ')}`;
  return `must have a member set (expected ${expected}); an empty structure is not sent`;
}

/** Whether `value` is outside the inclusive bounds (either may be absent). @internal */
export function isOutside(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min !== undefined && value < min) || (max !== undefined && value > max);
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max ?? 0}`;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
