import { StsConfigurationError } from '../../src/errors/StsConfigurationError.js';
import {
  resolveEndpoint,
  type ResolvedEndpoint,
} from '../../src/endpoints/resolveEndpoint.js';
import type { EndpointParameters } from '../../src/endpoints/resolveEndpointParameters.js';
import { endpointTestCases } from './endpointTests.fixture.js';

// Turns a rule-set error into data, so that one table row compares either outcome.
function outcomeOf(params: EndpointParameters): ResolvedEndpoint | { error: string } {
  try {
    return resolveEndpoint(params);
  } catch (error) {
    if (error instanceof StsConfigurationError) return { error: error.message };
    throw error;
  }
}

describe(resolveEndpoint.name, () => {
  it.each(endpointTestCases)('should pass the published case: $documentation', ({ params, expected }) => {
    expect(outcomeOf(params)).toMatchObject(expected);
  });
});
