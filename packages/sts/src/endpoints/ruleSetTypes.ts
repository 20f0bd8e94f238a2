/**
 * The data model of a Smithy endpoint rule set (`smithy.rules#endpointRuleSet`, version 1.0):
 * what `scripts/generateEndpoints.mjs` emits into `src/generated/endpointRuleSet.ts` and what
 * `evaluateRuleSet` walks. Only the parts the STS rule set uses are modelled.
 *
 * @see https://smithy.io/2.0/additional-specs/rules-engine/specification.html
 */

/**
 * A declared input of the rule set, e.g. `Region` or `UseFIPS`.
 *
 * @internal
 */
export interface ParameterDefinition {
  readonly type: 'string' | 'boolean';
  readonly builtIn?: string;
  readonly required?: boolean;
  /** Used when the caller passes no value. */
  readonly default?: string | boolean;
  readonly documentation?: string;
}

/**
 * `{ "ref": "Region" }`: the value of a parameter or of a variable bound by `assign`.
 *
 * @internal
 */
export interface Reference {
  readonly ref: string;
}

/**
 * `{ "fn": "stringEquals", "argv": [...] }`: a call of one of the rule functions.
 *
 * @internal
 */
export interface FunctionCall {
  readonly fn: string;
  readonly argv: readonly Expression[];
}

/**
 * Anything that evaluates to a value. A string literal is a template: `{Region}` and
 * `{PartitionResult#dnsSuffix}` are replaced by values in scope.
 *
 * @internal
 */
export type Expression = string | boolean | Reference | FunctionCall;

/**
 * A condition holds when its call returns neither `false` nor an unset value.
 *
 * @internal
 */
export interface Condition extends FunctionCall {
  /** Binds the call's result to this name for the rest of the rule and its sub-rules. */
  readonly assign?: string;
}

/**
 * Endpoint properties (such as `authSchemes`) as written; their strings are templates.
 *
 * @internal
 */
export type PropertyValue =
  | string
  | boolean
  | readonly PropertyValue[]
  | { readonly [key: string]: PropertyValue };

/**
 * The endpoint an `endpoint` rule produces.
 *
 * @internal
 */
export interface EndpointTemplate {
  readonly url: Expression;
  readonly properties?: { readonly [key: string]: PropertyValue };
  readonly headers?: { readonly [key: string]: readonly Expression[] };
}

interface RuleBase {
  readonly conditions: readonly Condition[];
  readonly documentation?: string;
}

/**
 * Resolves to an endpoint when its conditions hold.
 *
 * @internal
 */
export interface EndpointRule extends RuleBase {
  readonly type: 'endpoint';
  readonly endpoint: EndpointTemplate;
}

/**
 * Fails resolution with its message when its conditions hold.
 *
 * @internal
 */
export interface ErrorRule extends RuleBase {
  readonly type: 'error';
  /** A template, like every string literal of a rule set. */
  readonly error: string;
}

/**
 * Descends into its sub-rules when its conditions hold; one of them must then match.
 *
 * @internal
 */
export interface TreeRule extends RuleBase {
  readonly type: 'tree';
  readonly rules: readonly Rule[];
}

/**
 * One rule of a rule set or of a tree rule.
 *
 * @internal
 */
export type Rule = EndpointRule | ErrorRule | TreeRule;

/**
 * A whole rule set: its parameters and its rules, evaluated top to bottom.
 *
 * @internal
 */
export interface EndpointRuleSet {
  readonly version: string;
  readonly parameters: { readonly [name: string]: ParameterDefinition };
  readonly rules: readonly Rule[];
}

/**
 * A value during evaluation: a parameter, a function result or a bound variable. Records are
 * function results such as the partition `aws.partition` returns; `undefined` means unset.
 *
 * @internal
 */
export type RuleValue = string | boolean | RuleRecord | undefined;

/**
 * A record value, read with `getAttr` or a `{name#attribute}` template.
 *
 * @internal
 */
export interface RuleRecord {
  readonly [attribute: string]: RuleValue;
}

/**
 * The names visible to an expression: the parameters, plus every variable an `assign` bound
 * on the way down. A sibling rule never sees another sibling's bindings.
 *
 * @internal
 */
export type RuleScope = ReadonlyMap<string, RuleValue>;
