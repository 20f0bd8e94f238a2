import { getAttr } from './ruleFunctions.js';
import type { RuleScope, RuleValue } from './ruleSetTypes.js';

// `{{` and `}}` are escaped braces; `{name}` and `{name#attribute}` are references.
const TEMPLATE_TOKEN = /\{\{|\}\}|\{([^{}]*)\}/g;

/**
 * Expands a rule-set string template, e.g. `https://sts.{Region}.{PartitionResult#dnsSuffix}`.
 * Every string literal of a rule set is a template, URLs and properties alike.
 *
 * @param template - the string as written in the rule set
 * @param scope - the parameters and bound variables
 * @returns the string with every reference replaced by its value
 * @throws TypeError when a reference is not a string in scope: a rule set bug, since rules
 * guard their templates with conditions such as `isSet`
 * @internal
 */
export function evaluateTemplate(template: string, scope: RuleScope): string {
  return template.replace(TEMPLATE_TOKEN, (token, reference: string | undefined) => {
    if (reference === undefined) return token.charAt(0);
    const [name = '', path] = reference.split('#', 2);
    const variable = scope.get(name);
    const value = path === undefined ? variable : attributeOf(variable, path);
    if (typeof value !== 'string') {
      throw new TypeError(`Endpoint template ${template}: {${reference}} is not a string`);
    }
    return value;
  });
}

// Only a record has attributes: `{Region#name}` on a string is unset, hence an error above.
function attributeOf(variable: RuleValue, path: string): RuleValue {
  return typeof variable === 'object' ? getAttr(variable, path) : undefined;
}
