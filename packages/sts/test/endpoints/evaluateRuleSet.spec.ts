import { evaluateRuleSet } from '../../src/endpoints/evaluateRuleSet.js';
import { ruleFunctions } from '../../src/endpoints/ruleFunctions.js';
import type { EndpointRuleSet, Expression, Rule } from '../../src/endpoints/ruleSetTypes.js';
import { endpointRuleSet } from '../../src/generated/endpointRuleSet.js';
import { expectConfigurationError } from './expectConfigurationError.js';

const parameters: EndpointRuleSet['parameters'] = {
  Region: { type: 'string' },
  UseFIPS: { type: 'boolean', default: false },
};

function ruleSetOf(...rules: Rule[]): EndpointRuleSet {
  return { version: '1.0', parameters, rules };
}

const partitionOfRegion = {
  fn: 'aws.partition',
  argv: [{ ref: 'Region' }],
  assign: 'PartitionResult',
};

function* walkRules(rules: readonly Rule[]): Generator<Rule> {
  for (const rule of rules) {
    yield rule;
    if (rule.type === 'tree') yield* walkRules(rule.rules);
  }
}

function* functionsCalledBy(expression: Expression): Generator<string> {
  if (typeof expression !== 'object' || !('fn' in expression)) return;
  yield expression.fn;
  for (const argument of expression.argv) yield* functionsCalledBy(argument);
}

describe(evaluateRuleSet.name, () => {
  it('should expand templates with parameters, bound variables and escaped braces', () => {
    const ruleSet = ruleSetOf({
      type: 'endpoint',
      conditions: [partitionOfRegion],
      endpoint: {
        url: 'https://{Region}.{PartitionResult#dnsSuffix}/{{literal}}',
        properties: { authSchemes: [{ name: 'sigv4', signingRegion: '{Region}' }] },
      },
    });
    expect(evaluateRuleSet(ruleSet, { Region: 'cn-north-1' })).toEqual({
      url: 'https://cn-north-1.amazonaws.com.cn/{literal}',
      properties: { authSchemes: [{ name: 'sigv4', signingRegion: 'cn-north-1' }] },
    });
  });

  it('should apply parameter defaults and skip rules whose conditions fail', () => {
    const ruleSet = ruleSetOf(
      { type: 'error', conditions: [{ fn: 'booleanEquals', argv: [{ ref: 'UseFIPS' }, true] }], error: 'fips' },
      { type: 'error', conditions: [], error: 'no fips for {Region}' },
    );
    expectConfigurationError(
      () => evaluateRuleSet(ruleSet, { Region: 'eu-west-1' }),
      'no fips for eu-west-1',
    );
  });

  it('should not let a sibling rule see a variable bound by an earlier rule', () => {
    const ruleSet = ruleSetOf(
      { type: 'tree', conditions: [partitionOfRegion, { fn: 'not', argv: [true] }], rules: [] },
      {
        type: 'endpoint',
        conditions: [{ fn: 'not', argv: [{ fn: 'isSet', argv: [{ ref: 'PartitionResult' }] }] }],
        endpoint: { url: 'https://unbound.example' },
      },
    );
    expect(evaluateRuleSet(ruleSet, { Region: 'eu-west-1' }).url).toBe('https://unbound.example');
  });

  it('should fail loudly on a template reading an attribute of a string', () => {
    const ruleSet = ruleSetOf({ type: 'endpoint', conditions: [], endpoint: { url: 'https://{Region#name}' } });
    expect(() => evaluateRuleSet(ruleSet, { Region: 'eu-west-1' })).toThrow(TypeError);
  });

  it('should fail loudly when a matched tree has no matching rule', () => {
    const ruleSet = ruleSetOf({ type: 'tree', conditions: [], rules: [] });
    expect(() => evaluateRuleSet(ruleSet, {})).toThrow(TypeError);
  });

  it('should fail loudly on a function it does not implement', () => {
    const ruleSet = ruleSetOf({
      type: 'error',
      conditions: [{ fn: 'parseURL', argv: ['https://example.com'] }],
      error: 'unreachable',
    });
    expect(() => evaluateRuleSet(ruleSet, {})).toThrow(new TypeError('Unsupported endpoint rule function parseURL'));
  });

  // Guards a regeneration: a new model must not need a function or a header this code lacks.
  it('should implement every function the generated STS rule set calls', () => {
    const called = [...walkRules(endpointRuleSet.rules)]
      .flatMap((rule) => rule.conditions)
      .flatMap((condition) => [...functionsCalledBy(condition)]);
    expect(called.filter((fn) => !ruleFunctions.has(fn))).toEqual([]);
  });

  it('should find no endpoint headers in the generated STS rule set, since none are sent', () => {
    const headers = [...walkRules(endpointRuleSet.rules)].flatMap((rule) =>
      rule.type === 'endpoint' ? Object.keys(rule.endpoint.headers ?? {}) : [],
    );
    expect(headers).toEqual([]);
  });
});
