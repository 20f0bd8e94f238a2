/**
 * A region name split into the real region and whether it asked for FIPS.
 *
 * @internal
 */
export interface ParsedRegion {
  readonly region: string;
  readonly useFips: boolean;
}

// The global FIPS pseudo-regions name no region once stripped; their endpoint is us-east-1's.
const GLOBAL_FIPS_PSEUDO_REGIONS: ReadonlySet<string> = new Set(['aws-fips', 'fips-aws-global']);

/**
 * Turns a FIPS pseudo-region of the old endpoints.json (`us-east-1-fips`,
 * `fips-us-gov-west-1`, …), which the endpoint rule set does not understand, into the plain
 * region with FIPS on, as the AWS SDK for JavaScript v3 does. Other names pass unchanged.
 *
 * @param name - the configured region name
 * @returns the region to give the rule set, and whether FIPS was asked for
 * @example `parseFipsPseudoRegion('us-east-1-fips')` is `{ region: 'us-east-1', useFips: true }`
 * @internal
 */
export function parseFipsPseudoRegion(name: string): ParsedRegion {
  if (GLOBAL_FIPS_PSEUDO_REGIONS.has(name)) return { region: 'us-east-1', useFips: true };
  if (name.startsWith('fips-')) return { region: name.slice('fips-'.length), useFips: true };
  if (name.endsWith('-fips')) return { region: name.slice(0, -'-fips'.length), useFips: true };
  return { region: name, useFips: false };
}
