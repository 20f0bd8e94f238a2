import { resolveEndpoint } from '../../src/endpoints/resolveEndpoint.js';
import type { EndpointParameters } from '../../src/endpoints/resolveEndpointParameters.js';
import { expectConfigurationError } from './expectConfigurationError.js';

// The vectors of STS-API.md §9.5, with the signing region each implies.
const referenceVectors: ReadonlyArray<[string, EndpointParameters, string, string]> = [
  ['a region', { Region: 'us-west-2' }, 'https://sts.us-west-2.amazonaws.com', 'us-west-2'],
  ['us-east-1 (regional, not global)', { Region: 'us-east-1' }, 'https://sts.us-east-1.amazonaws.com', 'us-east-1'],
  ['aws-global', { Region: 'aws-global' }, 'https://sts.amazonaws.com', 'us-east-1'],
  ['a legacy-global region in legacy mode', { Region: 'eu-west-1', UseGlobalEndpoint: true }, 'https://sts.amazonaws.com', 'us-east-1'],
  ['another region in legacy mode', { Region: 'us-east-3', UseGlobalEndpoint: true }, 'https://sts.us-east-3.amazonaws.com', 'us-east-3'],
  ['FIPS', { Region: 'us-east-1', UseFIPS: true }, 'https://sts-fips.us-east-1.amazonaws.com', 'us-east-1'],
  ['dual-stack', { Region: 'us-east-1', UseDualStack: true }, 'https://sts.us-east-1.api.aws', 'us-east-1'],
  ['FIPS and dual-stack', { Region: 'us-east-1', UseFIPS: true, UseDualStack: true }, 'https://sts-fips.us-east-1.api.aws', 'us-east-1'],
  ['China', { Region: 'cn-north-1' }, 'https://sts.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
  ['China dual-stack', { Region: 'cn-north-1', UseDualStack: true }, 'https://sts.cn-north-1.api.amazonwebservices.com.cn', 'cn-north-1'],
  ['GovCloud FIPS', { Region: 'us-gov-west-1', UseFIPS: true }, 'https://sts.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
  ['GovCloud FIPS and dual-stack', { Region: 'us-gov-east-1', UseFIPS: true, UseDualStack: true }, 'https://sts-fips.us-gov-east-1.api.aws', 'us-gov-east-1'],
  ['ISO FIPS', { Region: 'us-iso-east-1', UseFIPS: true }, 'https://sts-fips.us-iso-east-1.c2s.ic.gov', 'us-iso-east-1'],
  ['ISO dual-stack (2026 partitions)', { Region: 'us-iso-east-1', UseDualStack: true }, 'https://sts.us-iso-east-1.api.aws.ic.gov', 'us-iso-east-1'],
  ['a custom endpoint with a region', { Region: 'eu-west-1', Endpoint: 'https://example.com' }, 'https://example.com', 'eu-west-1'],
  ['a custom endpoint without a region', { Endpoint: 'https://example.com' }, 'https://example.com', 'us-east-1'],
];

describe(resolveEndpoint.name, () => {
  it.each(referenceVectors)('should resolve %s', (_name, params, url, signingRegion) => {
    expect(resolveEndpoint(params)).toEqual({ url, signingRegion, signingName: 'sts' });
  });

  it.each([
    ['a custom endpoint with FIPS', { Endpoint: 'https://example.com', UseFIPS: true }, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
    ['no region and no endpoint', {}, 'Invalid Configuration: Missing Region'],
  ])('should refuse %s with the rule set message', (_name, params, message) => {
    expectConfigurationError(() => resolveEndpoint(params), message);
  });

  it('should drop the trailing slash of a custom endpoint', () => {
    const { url } = resolveEndpoint({ Region: 'us-east-1', Endpoint: 'http://127.0.0.1:4566/' });
    expect(url).toBe('http://127.0.0.1:4566');
  });

  it('should resolve a region newer than the partitions data through the partition regex', () => {
    expect(resolveEndpoint({ Region: 'ap-southeast-9' }).url).toBe('https://sts.ap-southeast-9.amazonaws.com');
    expect(resolveEndpoint({ Region: 'cn-south-9' }).url).toBe('https://sts.cn-south-9.amazonaws.com.cn');
  });
});
