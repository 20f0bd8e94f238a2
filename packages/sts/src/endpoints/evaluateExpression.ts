import { evaluateTemplate } from './evaluateTemplate.js';
import { ruleFunctions } from './ruleFunctions.js';
import type { Expression, FunctionCall, RuleScope, RuleValue } from './ruleSetTypes.js';

/**
 * Evaluates one rule-set expression: a template string, a boolean literal, a reference to a
 * parameter or bound variable, or a function call.
 *
 * @param expression - as written in the rule set
 * @param scope - the parameters and bound variables
 * @returns the value; `undefined` means unset
 * @internal
 */
export function evaluateExpression(expression: Expression, scope: RuleScope): RuleValue {
  if (typeof expression === 'string') return evaluateTemplate(expression, scope);
  if (typeof expression === 'boolean') return expression;
  if ('ref' in expression) return scope.get(expression.ref);
  return callRuleFunction(expression, scope);
}

// An unknown function means a rule set newer than this interpreter: fail loudly.
function callRuleFunction({ fn, argv }: FunctionCall, scope: RuleScope): RuleValue {
  const ruleFunction = ruleFunctions.get(fn);
  if (ruleFunction === undefined) {
    throw new TypeError(`Unsupported endpoint rule function ${fn}`);
  }
  return ruleFunction(argv.map((argument) => evaluateExpression(argument, scope)));
}
