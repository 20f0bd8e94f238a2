import type { FaultType } from '../errors/StsServiceError.js';

/**
 * Descriptors of the STS model's shapes: the data `scripts/generateModel.mjs` emits into
 * `src/generated/`, and that the serializer, the validator and the reply parser walk.
 * Keeping the model as data (not code) is what makes a model update a regeneration.
 *
 * @internal
 */

/** A string member; `pattern` is the model pattern anchored and compiled with the `u` flag. */
export interface StringShape {
  readonly kind: 'string';
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /**
   * A secret: never logged, never shown in an error, concealed in outputs. The model's
   * `sensitive` marks, plus `SessionToken`, which STS-API.md §5 says to treat the same way.
   */
  readonly sensitive?: boolean;
}

export interface IntegerShape {
  readonly kind: 'integer';
  readonly min?: number;
  readonly max?: number;
}

/** ISO 8601 on the wire, a `Date` in TypeScript. */
export interface TimestampShape {
  readonly kind: 'timestamp';
}

export interface ListShape {
  readonly kind: 'list';
  readonly member: Shape;
  readonly min?: number;
  readonly max?: number;
}

export interface StructureShape {
  readonly kind: 'structure';
  /** Members in model order, keyed by their PascalCase (or, for `arn`, lower-case) name. */
  readonly members: Readonly<Record<string, Shape>>;
  readonly required: readonly string[];
}

export type Shape = StringShape | IntegerShape | TimestampShape | ListShape | StructureShape;

/** Everything the client needs to know about one operation, derived from the model. */
export interface OperationSchema {
  /** The wire `Action`, e.g. `AssumeRole`. */
  readonly name: string;
  readonly input: StructureShape;
  readonly output: StructureShape;
  /** The element inside `{Action}Response` that holds the output, e.g. `AssumeRoleResult`. */
  readonly resultWrapper: string;
  /** Wire codes of the modeled errors (STS-API.md §6.1). */
  readonly errorCodes: readonly string[];
  /** False for AssumeRoleWithSAML and AssumeRoleWithWebIdentity, which STS takes unsigned. */
  readonly signed: boolean;
}

/** A modeled error (STS-API.md §6.1), keyed by its wire code. */
export interface ErrorSchema {
  readonly httpStatus: number;
  readonly fault: FaultType;
}
