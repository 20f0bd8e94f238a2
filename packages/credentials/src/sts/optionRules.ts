/**
 * Checks of provider options, from the STS model's constraints (STS-API.md §5), written in
 * the options' own names so errors name what the user wrote. Each rule returns what is
 * wrong, or undefined; it never quotes the value, which may be a secret.
 */

/**
 * Checks one option's value (never `undefined`: absent options are checked by
 * {@link required}). Returns the problem, such as `must be an integer from 900 to 43200`.
 *
 * @public
 */
export type OptionRule = (value: unknown) => string | undefined;

function codePoints(value: string): number {
  return [...value].length;
}

/**
 * A string of `min` to `max` characters (Unicode code points), matching `pattern` whole.
 *
 * @public
 */
export function stringOption(min: number, max?: number, pattern?: RegExp): OptionRule {
  const length = max === undefined ? `at least ${min}` : `${min} to ${max}`;
  // The pattern as the model writes it, without the anchors added to match whole values.
  const shown = pattern?.source.replace(/^\^|\$$/gu, '');
  const expected = `must be a string of ${length} characters${shown === undefined ? '' : ` matching ${shown}`}`;
  return (value) =>
    typeof value !== 'string' ||
    codePoints(value) < min ||
    (max !== undefined && codePoints(value) > max) ||
    (pattern !== undefined && !pattern.test(value))
      ? expected
      : undefined;
}

/** An integer from `min` to `max`. @public */
export function integerOption(min: number, max: number): OptionRule {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `must be an integer from ${min} to ${max}`;
}

/** A function (such as `tokenCode`). @public */
export const functionOption: OptionRule = (value) => (typeof value === 'function' ? undefined : 'must be a function');

/** An array of `min` to `max` items, each passing `item`; names the first bad item. @public */
export function listOption(item: OptionRule, min: number, max?: number): OptionRule {
  return (value) => {
    if (!Array.isArray(value)) return 'must be an array';
    if (value.length < min || (max !== undefined && value.length > max)) {
      return `must have ${max === undefined ? `at least ${min}` : `${min} to ${max}`} items`;
    }
    for (const [index, member] of value.entries()) {
      const problem = item(member);
      if (problem !== undefined) return `item ${index} ${problem}`;
    }
    return undefined;
  };
}

/** An object whose named members pass their rules (absent members are left to `required`). @public */
export function objectOption(members: Readonly<Record<string, OptionRule>>): OptionRule {
  return (value) => {
    if (typeof value !== 'object' || value === null) return 'must be an object';
    return firstProblem(value as Readonly<Record<string, unknown>>, members);
  };
}

/** Makes `rule` also reject an absent (`undefined`) value. @public */
export function required(rule: OptionRule): OptionRule {
  const check: OptionRule = (value) => (value === undefined ? 'is required' : rule(value));
  return Object.assign(check, { required: true });
}

/** Whether a rule was wrapped by {@link required}, so it also runs on absent values. */
function isRequired(rule: OptionRule): boolean {
  return (rule as { required?: boolean }).required === true;
}

/**
 * Every problem of `values` under `rules`, as `name problem` (e.g. `roleArn is required`).
 * Absent members are checked only by {@link required} rules.
 *
 * @internal
 */
export function optionProblems(
  values: Readonly<Record<string, unknown>>,
  rules: Readonly<Record<string, OptionRule>>,
): string[] {
  return Object.entries(rules).flatMap(([name, rule]) => {
    const value = values[name];
    const problem = value === undefined && !isRequired(rule) ? undefined : rule(value);
    return problem === undefined ? [] : [`${name} ${problem}`];
  });
}

/** The first problem of `values` under `rules`, for nested objects (one message per option). */
function firstProblem(
  values: Readonly<Record<string, unknown>>,
  rules: Readonly<Record<string, OptionRule>>,
): string | undefined {
  return optionProblems(values, rules)[0];
}
