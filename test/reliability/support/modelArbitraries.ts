/**
 * fast-check arbitraries built by walking the STS model's shape descriptors
 * (`packages/sts/src/generated/shapes.ts`): valid inputs of every operation, and output
 * values to build replies from. Nothing here is written per operation, so a model update
 * is fuzzed as soon as it is regenerated.
 */
import fc from 'fast-check';
import type { IntegerShape, ListShape, Shape, StringShape, StructureShape } from '../../../packages/sts/src/model/shapes.js';

/** Longest string drawn for a member without a maximum length (AssumeRole's `Policy`). */
const UNBOUNDED_STRING_CAP = 4096;
/** Strings of "medium" length reach this far past their minimum. */
const MEDIUM_STRING_SPAN = 256;
/** Lists longer than this are drawn only at their exact maximum. */
const LIST_LENGTH_CAP = 8;

export type Interval = readonly [first: number, last: number];

/** Every Unicode scalar value: code points without the surrogates, which have no UTF-8 form. */
const SCALAR_VALUES: readonly Interval[] = [
  [0x0, 0xd7ff],
  [0xe000, 0x10ffff],
];

const intervalCache = new Map<string, readonly Interval[]>();

/**
 * The code points a one-character class such as `[\w+=,.@-]` or `[\p{L}\p{Z}\p{N}_.:/=+\-@]`
 * accepts, as intervals, found by testing every scalar value once (about 50 ms per class).
 */
function classIntervals(characterClass: string): readonly Interval[] {
  const cached = intervalCache.get(characterClass);
  if (cached) return cached;
  const single = new RegExp(`^${characterClass}$`, 'u');
  const intervals: Interval[] = [];
  let start = -1;
  for (let codePoint = 0; codePoint <= 0x110000; codePoint++) {
    const accepted =
      codePoint <= 0x10ffff &&
      (codePoint < 0xd800 || codePoint > 0xdfff) &&
      single.test(String.fromCodePoint(codePoint));
    if (accepted && start < 0) start = codePoint;
    if (!accepted && start >= 0) {
      intervals.push([start, codePoint - 1]);
      start = -1;
    }
  }
  if (intervals.length === 0) throw new Error(`character class ${characterClass} accepts nothing`);
  intervalCache.set(characterClass, intervals);
  return intervals;
}

/** A code point drawn from `intervals`: an interval first, so rare ranges are drawn too. */
function drawFrom(intervals: readonly Interval[]): fc.Arbitrary<string> {
  return fc
    .constantFrom(...intervals)
    .chain(([first, last]) => fc.integer({ min: first, max: last }))
    .map((codePoint) => String.fromCodePoint(codePoint));
}

/** One character of a class: half the time ASCII (when the class has any), else anywhere in it. */
function characterIn(intervals: readonly Interval[]): fc.Arbitrary<string> {
  const ascii = intervals
    .map(([first, last]): Interval => [first, Math.min(last, 0x7e)])
    .filter(([first, last]) => first <= last);
  return ascii.length === 0 ? drawFrom(intervals) : fc.oneof(drawFrom(ascii), drawFrom(intervals));
}

/**
 * The character class of a model pattern. Every STS pattern is one class repeated
 * (`^[…]*$` or `^[…]+$`); anything else fails loudly so a model update cannot slip past
 * the fuzzer with a pattern it does not understand.
 */
export function patternClass(pattern: RegExp): string {
  const match = /^\^(\[.*\])[*+]\$$/su.exec(pattern.source);
  if (!match?.[1]) throw new Error(`model pattern ${pattern.source} is not a repeated character class`);
  return match[1];
}

/**
 * How many code points to draw: mostly near the minimum, sometimes a few hundred, and now
 * and then the exact maximum (100,000 for a SAML assertion), which costs the most to encode.
 */
function lengthFor(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min, max: Math.min(max, min + 16) }) },
    { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, min + MEDIUM_STRING_SPAN) }) },
    { weight: 1, arbitrary: fc.constant(max) },
  );
}

/**
 * A string of a string shape: its length (in code points) within the shape's bounds, every
 * character from the pattern's class (or any scalar value without a pattern). Long strings
 * repeat a drawn stem, so a 100,000-character SAML assertion costs no more than a short one.
 */
export function stringFor(shape: StringShape, free: readonly Interval[] = SCALAR_VALUES): fc.Arbitrary<string> {
  const intervals = shape.pattern ? classIntervals(patternClass(shape.pattern)) : free;
  const requiresOne = shape.pattern?.source.endsWith('+$') ?? false;
  const min = Math.max(shape.min ?? 0, requiresOne ? 1 : 0);
  const max = shape.max ?? min + UNBOUNDED_STRING_CAP;
  const character = characterIn(intervals);
  return fc
    .tuple(lengthFor(min, max), fc.array(character, { minLength: 1, maxLength: 24 }))
    .map(([length, stem]) => Array.from({ length }, (_, index) => stem[index % stem.length]).join(''));
}

function integerFor(shape: IntegerShape): fc.Arbitrary<number> {
  return fc.integer({ min: shape.min ?? Number.MIN_SAFE_INTEGER, max: shape.max ?? Number.MAX_SAFE_INTEGER });
}

function listFor(shape: ListShape): fc.Arbitrary<unknown[]> {
  const min = shape.min ?? 0;
  const max = shape.max ?? LIST_LENGTH_CAP;
  const item = valueFor(shape.member);
  const sizes = fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min, max: Math.min(max, Math.max(min, LIST_LENGTH_CAP)) }) },
    { weight: 1, arbitrary: fc.constant(max) },
  );
  return sizes.chain((size) => fc.array(item, { minLength: size, maxLength: size }));
}

/**
 * A structure with its required members and some optional ones. A nested structure carries
 * at least one member: the Query protocol sends members, not structures, so an empty one
 * has no wire form at all (that case has its own test in requestEncoding.spec.ts).
 */
function structureFor(shape: StructureShape, nested: boolean): fc.Arbitrary<Record<string, unknown>> {
  const members = Object.fromEntries(Object.entries(shape.members).map(([name, member]) => [name, valueFor(member)]));
  const record = fc.record(members, { requiredKeys: [...shape.required] as never[] });
  return nested && Object.keys(members).length > 0 ? record.filter((value) => Object.keys(value).length > 0) : record;
}

/** A value of any shape that satisfies every constraint the model states. */
export function valueFor(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return stringFor(shape);
    case 'integer':
      return integerFor(shape);
    case 'timestamp':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    case 'list':
      return listFor(shape);
    case 'structure':
      return structureFor(shape, true);
  }
}

/** A valid input of an operation. */
export function inputFor(shape: StructureShape): fc.Arbitrary<Record<string, unknown>> {
  return structureFor(shape, false);
}
