import { StsConfigurationError } from '../errors/StsConfigurationError.js';
import { evaluateExpression } from './evaluateExpression.js';
import { evaluateTemplate } from './evaluateTemplate.js';
import type {
  Condition,
  EndpointRuleSet,
  EndpointTemplate,
  PropertyValue,
  Rule,
  RuleScope,
} from './ruleSetTypes.js';

/**
 * Values for a rule set's parameters, by parameter name; a missing or `undefined` value takes
 * the parameter's default.
 *
 * @internal
 */
export type RuleSetParameters = Readonly<Record<string, string | boolean | undefined>>;

/**
 * The endpoint a rule set resolved to. Endpoint headers are left out: the STS rule set sets
 * none, and the rule-set coverage test fails if a model update adds some.
 *
 * @internal
 */
export interface RuleSetEndpoint {
  readonly url: string;
  /** With every template expanded, e.g. `authSchemes[0].signingRegion`. */
  readonly properties: { readonly [key: string]: PropertyValue };
}

/**
 * Interprets an endpoint rule set: evaluates the rules top to bottom, descends into the first
 * tree whose conditions hold, and stops at the first endpoint or error rule that matches.
 *
 * @param ruleSet - e.g. the generated `endpointRuleSet`
 * @param parameters - e.g. `{ Region: 'eu-west-1', UseFIPS: true }`
 * @returns the matched endpoint, templates expanded
 * @throws StsConfigurationError when an error rule matches, with the rule set's message
 * @internal
 */
export function evaluateRuleSet(
  ruleSet: EndpointRuleSet,
  parameters: RuleSetParameters,
): RuleSetEndpoint {
  const scope: RuleScope = new Map(
    Object.entries(ruleSet.parameters).map(([name, definition]) => [
      name,
      parameters[name] ?? definition.default,
    ]),
  );
  return evaluateRules(ruleSet.rules, scope);
}

function evaluateRules(rules: readonly Rule[], scope: RuleScope): RuleSetEndpoint {
  for (const rule of rules) {
    const ruleScope = matchConditions(rule.conditions, scope);
    if (ruleScope === undefined) continue;
    switch (rule.type) {
      case 'endpoint':
        return expandEndpoint(rule.endpoint, ruleScope);
      case 'error':
        throw new StsConfigurationError(evaluateTemplate(rule.error, ruleScope));
      case 'tree':
        // A matched tree is final: the rules language never backtracks out of it.
        return evaluateRules(rule.rules, ruleScope);
    }
  }
  throw new TypeError('Endpoint rule set is incomplete: no rule matched');
}

/** The scope the rule's body sees if every condition holds, else `undefined`. */
function matchConditions(conditions: readonly Condition[], scope: RuleScope): RuleScope | undefined {
  let current = scope;
  for (const condition of conditions) {
    const value = evaluateExpression(condition, current);
    if (value === undefined || value === false) return undefined;
    if (condition.assign !== undefined) {
      current = new Map(current).set(condition.assign, value);
    }
  }
  return current;
}

function expandEndpoint(endpoint: EndpointTemplate, scope: RuleScope): RuleSetEndpoint {
  const url = evaluateExpression(endpoint.url, scope);
  if (typeof url !== 'string') {
    throw new TypeError('Endpoint rule set produced a URL that is not a string');
  }
  const properties = Object.entries(endpoint.properties ?? {}).map(
    ([key, value]) => [key, expandProperty(value, scope)] as const,
  );
  return { url, properties: Object.fromEntries(properties) };
}

function expandProperty(value: PropertyValue, scope: RuleScope): PropertyValue {
  if (typeof value === 'string') return evaluateTemplate(value, scope);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item: PropertyValue) => expandProperty(item, scope));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, expandProperty(item, scope)] as const),
  );
}
