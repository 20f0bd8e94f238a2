import { endpointRuleSet } from '../generated/endpointRuleSet.js';
import { STS_GLOBAL_SIGNING_REGION, STS_SIGNING_NAME } from '../protocol/constants.js';
import { evaluateRuleSet, type RuleSetEndpoint } from './evaluateRuleSet.js';
import type { EndpointParameters } from './resolveEndpointParameters.js';
import type { PropertyValue } from './ruleSetTypes.js';

/**
 * Where to send an STS request and how to sign it.
 *
 * @public
 */
export interface ResolvedEndpoint {
  /** The endpoint URL without a trailing slash, e.g. `https://sts.eu-west-1.amazonaws.com`. */
  readonly url: string;
  /** The SigV4 signing region: `us-east-1` for the global endpoint, else the region. */
  readonly signingRegion: string;
  readonly signingName: typeof STS_SIGNING_NAME;
}

/**
 * Resolves the STS endpoint for rule-set parameters by running the generated STS endpoint
 * rule set. The signing region comes from the endpoint's `sigv4` auth scheme when the rule
 * set names one (the global endpoint signs as `us-east-1`), else from `Region`, else (a
 * custom endpoint with no region) `us-east-1`.
 *
 * @param parameters - usually built by `resolveEndpointParameters`
 * @returns the URL and signing scope
 * @throws StsConfigurationError for a combination the rule set rejects, e.g. FIPS with a
 * custom endpoint, with the rule set's message
 * @example
 * resolveEndpoint({ Region: 'eu-west-1', UseGlobalEndpoint: true });
 * // { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1', signingName: 'sts' }
 * @public
 */
export function resolveEndpoint(parameters: EndpointParameters): ResolvedEndpoint {
  const endpoint = evaluateRuleSet(endpointRuleSet, parameters);
  const authScheme = findSigV4AuthScheme(endpoint);
  const signingName = stringProperty(authScheme, 'signingName') ?? STS_SIGNING_NAME;
  if (signingName !== STS_SIGNING_NAME) {
    // A model change this client cannot sign for; better a loud failure than a bad signature.
    throw new TypeError(`The STS endpoint rule set signs for '${signingName}', not 'sts'`);
  }
  return {
    url: endpoint.url.replace(/\/+$/, ''),
    signingRegion:
      stringProperty(authScheme, 'signingRegion') ?? parameters.Region ?? STS_GLOBAL_SIGNING_REGION,
    signingName,
  };
}

type PropertyRecord = { readonly [key: string]: PropertyValue };

function isPropertyRecord(value: PropertyValue | undefined): value is PropertyRecord {
  return typeof value === 'object' && !Array.isArray(value);
}

// `authSchemes` lists the schemes the endpoint accepts; this client signs with SigV4 only.
function findSigV4AuthScheme({ properties }: RuleSetEndpoint): PropertyRecord | undefined {
  const schemes = properties['authSchemes'];
  if (!Array.isArray(schemes)) return undefined;
  return schemes.find(
    (scheme: PropertyValue): scheme is PropertyRecord =>
      isPropertyRecord(scheme) && scheme['name'] === 'sigv4',
  );
}

function stringProperty(record: PropertyRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}
