import { StsConfigurationError } from '../errors/StsConfigurationError.js';
import { parseFipsPseudoRegion, type ParsedRegion } from './parseFipsPseudoRegion.js';
import { readEnvBoolean, readEnvString, type Environment } from './readEnv.js';
import { resolveCustomEndpoint } from './resolveCustomEndpoint.js';

/** The region, when the `region` option is not given. @public */
export const ENV_REGION = 'AWS_REGION';
/** Read after `AWS_REGION`, as botocore and the AWS CLI read it. @public */
export const ENV_DEFAULT_REGION = 'AWS_DEFAULT_REGION';
/** `true` or `false`: use the FIPS endpoint when `useFipsEndpoint` is not given. @public */
export const ENV_USE_FIPS_ENDPOINT = 'AWS_USE_FIPS_ENDPOINT';
/** `true` or `false`: use the dual-stack endpoint when `useDualstackEndpoint` is not given. @public */
export const ENV_USE_DUALSTACK_ENDPOINT = 'AWS_USE_DUALSTACK_ENDPOINT';
/** `regional` or `legacy`, when `stsRegionalEndpoints` is not given. @public */
export const ENV_STS_REGIONAL_ENDPOINTS = 'AWS_STS_REGIONAL_ENDPOINTS';

/**
 * The client options that choose the endpoint; `StsClient` options are a superset.
 *
 * @public
 */
export interface StsEndpointOptions {
  /** @default `AWS_REGION`, then `AWS_DEFAULT_REGION`; FIPS pseudo-regions turn FIPS on */
  readonly region?: string;
  /** @default `AWS_ENDPOINT_URL_STS`, then `AWS_ENDPOINT_URL` */
  readonly endpoint?: string;
  /** @default `AWS_USE_FIPS_ENDPOINT`, else false */
  readonly useFipsEndpoint?: boolean;
  /** @default `AWS_USE_DUALSTACK_ENDPOINT`, else false */
  readonly useDualstackEndpoint?: boolean;
  /**
   * `legacy` sends the 16 legacy-global regions to `sts.amazonaws.com` (signed `us-east-1`).
   * @default `AWS_STS_REGIONAL_ENDPOINTS`, else `regional`
   */
  readonly stsRegionalEndpoints?: 'regional' | 'legacy';
}

/**
 * The STS endpoint rule set's parameters. Booleans left out take the rule set's default
 * (false). A type alias, not an interface, so it fits the interpreter's parameter record.
 *
 * @public
 */
export type EndpointParameters = {
  readonly Region?: string | undefined;
  readonly Endpoint?: string | undefined;
  readonly UseFIPS?: boolean;
  readonly UseDualStack?: boolean;
  readonly UseGlobalEndpoint?: boolean;
};

// Documented as not available on sts.amazonaws.com (STS-API.md §9.6).
const REGIONAL_ONLY_OPERATIONS: ReadonlySet<string> = new Set(['AssumeRoot', 'GetWebIdentityToken']);

// A region becomes part of a host name: refuse anything that is not one DNS label.
const REGION_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * Builds the rule-set parameters for one operation from client options and the environment.
 * Options win over variables. With a custom endpoint, FIPS and dual-stack are passed as false,
 * as botocore does, so settings meant for AWS endpoints do not break a local one; the region
 * is then only the signing region.
 *
 * @param options - the client options
 * @param env - the environment, e.g. `process.env`
 * @param operation - the operation's wire name; `AssumeRoot` and `GetWebIdentityToken` stay
 * regional even in `legacy` mode
 * @returns the parameters for `resolveEndpoint`
 * @throws StsConfigurationError with no region and no custom endpoint, for a malformed region
 * or endpoint URL, and for a bad variable or option value (naming it)
 * @example
 * resolveEndpointParameters({ region: 'us-east-1-fips' }, {}, 'GetCallerIdentity');
 * // { Region: 'us-east-1', Endpoint: undefined, UseFIPS: true, UseDualStack: false, UseGlobalEndpoint: false }
 * @public
 */
export function resolveEndpointParameters(
  options: StsEndpointOptions,
  env: Environment,
  operation: string,
): EndpointParameters {
  const endpoint = resolveCustomEndpoint(options.endpoint, env);
  const region = resolveRegion(options, env);
  if (region === undefined && endpoint === undefined) {
    throw new StsConfigurationError(
      `No AWS region: pass region, or set ${ENV_REGION} or ${ENV_DEFAULT_REGION}`,
    );
  }
  const useFips =
    region?.useFips === true ||
    (options.useFipsEndpoint ?? readEnvBoolean(env, ENV_USE_FIPS_ENDPOINT) ?? false);
  const useDualStack =
    options.useDualstackEndpoint ?? readEnvBoolean(env, ENV_USE_DUALSTACK_ENDPOINT) ?? false;
  const legacy = resolveRegionalEndpointsMode(options, env) === 'legacy';
  return {
    Region: region?.region,
    Endpoint: endpoint,
    UseFIPS: endpoint === undefined && useFips,
    UseDualStack: endpoint === undefined && useDualStack,
    // The rule set itself limits the global endpoint to the legacy-global regions.
    UseGlobalEndpoint: legacy && !REGIONAL_ONLY_OPERATIONS.has(operation),
  };
}

function resolveRegion(options: StsEndpointOptions, env: Environment): ParsedRegion | undefined {
  const name =
    options.region ?? readEnvString(env, ENV_REGION) ?? readEnvString(env, ENV_DEFAULT_REGION);
  if (name === undefined) return undefined;
  const parsed = parseFipsPseudoRegion(name);
  if (!REGION_PATTERN.test(parsed.region)) {
    throw new StsConfigurationError(`'${name}' is not a valid AWS region name`);
  }
  return parsed;
}

// Case-insensitive, as the AWS SDK for JavaScript v2 (`lib/config_regional_endpoint.js`) reads it.
function resolveRegionalEndpointsMode(
  options: StsEndpointOptions,
  env: Environment,
): 'regional' | 'legacy' {
  const [source, value] =
    options.stsRegionalEndpoints === undefined
      ? [ENV_STS_REGIONAL_ENDPOINTS, readEnvString(env, ENV_STS_REGIONAL_ENDPOINTS)]
      : ['stsRegionalEndpoints', options.stsRegionalEndpoints];
  const mode = value?.toLowerCase() ?? 'regional';
  if (mode !== 'regional' && mode !== 'legacy') {
    throw new StsConfigurationError(`${source} must be 'regional' or 'legacy', got '${value}'`);
  }
  return mode;
}
