/**
 * Declarative input shapes: each operation states its members once, and both the Query
 * reader and the TypeScript type of the parsed input follow from that one statement.
 *
 * @internal
 */
import type { RangeConstraint, StringConstraint } from './constraints.js';

/** @internal */
export type FieldSpec = StringField | IntegerField | ListField | StructureField;

/** @internal */
export interface StringField {
  readonly type: 'string';
  readonly required?: boolean;
  readonly shape?: StringConstraint;
}

/** @internal */
export interface IntegerField {
  readonly type: 'integer';
  readonly required?: boolean;
  readonly range: RangeConstraint;
}

/** @internal */
export interface ListField {
  readonly type: 'list';
  readonly required?: boolean;
  readonly member: FieldSpec;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** @internal */
export interface StructureField {
  readonly type: 'structure';
  readonly required?: boolean;
  readonly members: InputSpec;
}

/** Members of an input or nested structure, keyed by their wire (PascalCase) names. @internal */
export type InputSpec = Readonly<Record<string, FieldSpec>>;

type ValueOf<F> = F extends { type: 'string' }
  ? string
  : F extends { type: 'integer' }
    ? number
    : F extends { type: 'list'; member: infer M }
      ? ValueOf<M>[]
      : F extends { type: 'structure'; members: infer S }
        ? InputOf<S>
        : never;

type RequiredKeys<S> = { [K in keyof S]: S[K] extends { required: true } ? K : never }[keyof S];

/** The parsed input described by spec `S`. @internal */
export type InputOf<S> = { [K in RequiredKeys<S>]: ValueOf<S[K]> } & {
  [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOf<S[K]>;
};
