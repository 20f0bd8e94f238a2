/**
 * The STS endpoint rule set's published test suite: all 73 `smithy.rules#endpointTests` cases of
 * the Smithy model `sts/service/2011-06-15/sts-2011-06-15.json` in aws/api-models-aws (read from
 * the mirror sjesinc/api-models-aws at commit 56c8953e87aeead95ae5e66a3ca6a355731db6ad, April
 * 2025), in their order, with their `documentation` as the case name. Its rule set is
 * identical to botocore's `endpoint-rule-set-1.json` (STS-API.md §0).
 *
 * `signingRegion` is given where the published case states an auth scheme. Four ISO dual-stack
 * cases are adapted to the 2026 partitions data (STS-API.md §9.5, §12.8); each says so in
 * `adapted`.
 */
import type { EndpointParameters } from '../../src/endpoints/resolveEndpointParameters.js';

/** One published case: rule-set parameters in, an endpoint or an error message out. */
export interface EndpointTestCase {
  readonly documentation: string;
  readonly params: EndpointParameters;
  readonly expected:
    | { readonly url: string; readonly signingRegion?: string }
    | { readonly error: string };
  /** Set when the expectation differs from the published one: what it was, and why. */
  readonly adapted?: string;
}

export const endpointTestCases: readonly EndpointTestCase[] = [
  {
    documentation: 'For region af-south-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'af-south-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.af-south-1.amazonaws.com' },
  },
  {
    documentation: 'For region ap-east-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-east-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-east-1.amazonaws.com' },
  },
  {
    documentation: 'For region ap-northeast-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-northeast-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-northeast-1.amazonaws.com' },
  },
  {
    documentation: 'For region ap-northeast-2 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-northeast-2', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-northeast-2.amazonaws.com' },
  },
  {
    documentation: 'For region ap-northeast-3 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-northeast-3', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-northeast-3.amazonaws.com' },
  },
  {
    documentation: 'For region ap-south-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-south-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-south-1.amazonaws.com' },
  },
  {
    documentation: 'For region ap-southeast-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-southeast-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-southeast-1.amazonaws.com' },
  },
  {
    documentation: 'For region ap-southeast-2 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-southeast-2', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-southeast-2.amazonaws.com' },
  },
  {
    documentation: 'For region ap-southeast-3 with FIPS disabled and DualStack disabled',
    params: { Region: 'ap-southeast-3', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ap-southeast-3.amazonaws.com' },
  },
  {
    documentation: 'For region aws-global with FIPS disabled and DualStack disabled',
    params: { Region: 'aws-global', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'For region ca-central-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'ca-central-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.ca-central-1.amazonaws.com' },
  },
  {
    documentation: 'For region eu-central-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'eu-central-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.eu-central-1.amazonaws.com' },
  },
  {
    documentation: 'For region eu-north-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'eu-north-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.eu-north-1.amazonaws.com' },
  },
  {
    documentation: 'For region eu-south-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'eu-south-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.eu-south-1.amazonaws.com' },
  },
  {
    documentation: 'For region eu-west-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'eu-west-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.eu-west-1.amazonaws.com' },
  },
  {
    documentation: 'For region eu-west-2 with FIPS disabled and DualStack disabled',
    params: { Region: 'eu-west-2', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.eu-west-2.amazonaws.com' },
  },
  {
    documentation: 'For region eu-west-3 with FIPS disabled and DualStack disabled',
    params: { Region: 'eu-west-3', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.eu-west-3.amazonaws.com' },
  },
  {
    documentation: 'For region me-south-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'me-south-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.me-south-1.amazonaws.com' },
  },
  {
    documentation: 'For region sa-east-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'sa-east-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.sa-east-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-east-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-east-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-east-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-east-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-east-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.us-east-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-east-2 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-east-2', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-east-2.amazonaws.com' },
  },
  {
    documentation: 'For region us-east-2 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-east-2', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.us-east-2.amazonaws.com' },
  },
  {
    documentation: 'For region us-west-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-west-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-west-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-west-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-west-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.us-west-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-west-2 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-west-2', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-west-2.amazonaws.com' },
  },
  {
    documentation: 'For region us-west-2 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-west-2', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.us-west-2.amazonaws.com' },
  },
  {
    documentation: 'For region us-east-1 with FIPS enabled and DualStack enabled',
    params: { Region: 'us-east-1', UseFIPS: true, UseDualStack: true },
    expected: { url: 'https://sts-fips.us-east-1.api.aws' },
  },
  {
    documentation: 'For region us-east-1 with FIPS disabled and DualStack enabled',
    params: { Region: 'us-east-1', UseFIPS: false, UseDualStack: true },
    expected: { url: 'https://sts.us-east-1.api.aws' },
  },
  {
    documentation: 'For region cn-north-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'cn-north-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.cn-north-1.amazonaws.com.cn' },
  },
  {
    documentation: 'For region cn-northwest-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'cn-northwest-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.cn-northwest-1.amazonaws.com.cn' },
  },
  {
    documentation: 'For region cn-north-1 with FIPS enabled and DualStack enabled',
    params: { Region: 'cn-north-1', UseFIPS: true, UseDualStack: true },
    expected: { url: 'https://sts-fips.cn-north-1.api.amazonwebservices.com.cn' },
  },
  {
    documentation: 'For region cn-north-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'cn-north-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.cn-north-1.amazonaws.com.cn' },
  },
  {
    documentation: 'For region cn-north-1 with FIPS disabled and DualStack enabled',
    params: { Region: 'cn-north-1', UseFIPS: false, UseDualStack: true },
    expected: { url: 'https://sts.cn-north-1.api.amazonwebservices.com.cn' },
  },
  {
    documentation: 'For region us-gov-east-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-gov-east-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-gov-east-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-gov-east-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-gov-east-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts.us-gov-east-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-gov-west-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-gov-west-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-gov-west-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-gov-west-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-gov-west-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts.us-gov-west-1.amazonaws.com' },
  },
  {
    documentation: 'For region us-gov-east-1 with FIPS enabled and DualStack enabled',
    params: { Region: 'us-gov-east-1', UseFIPS: true, UseDualStack: true },
    expected: { url: 'https://sts-fips.us-gov-east-1.api.aws' },
  },
  {
    documentation: 'For region us-gov-east-1 with FIPS disabled and DualStack enabled',
    params: { Region: 'us-gov-east-1', UseFIPS: false, UseDualStack: true },
    expected: { url: 'https://sts.us-gov-east-1.api.aws' },
  },
  {
    documentation: 'For region us-iso-east-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-iso-east-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-iso-east-1.c2s.ic.gov' },
  },
  {
    documentation: 'For region us-iso-west-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-iso-west-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-iso-west-1.c2s.ic.gov' },
  },
  {
    documentation: 'For region us-iso-east-1 with FIPS enabled and DualStack enabled',
    params: { Region: 'us-iso-east-1', UseFIPS: true, UseDualStack: true },
    expected: { url: 'https://sts-fips.us-iso-east-1.api.aws.ic.gov' },
    adapted: 'published: error "FIPS and DualStack are enabled, but this partition does not support one or both"; aws-iso gained dual-stack in the 2026-01-15 partitions data',
  },
  {
    documentation: 'For region us-iso-east-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-iso-east-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.us-iso-east-1.c2s.ic.gov' },
  },
  {
    documentation: 'For region us-iso-east-1 with FIPS disabled and DualStack enabled',
    params: { Region: 'us-iso-east-1', UseFIPS: false, UseDualStack: true },
    expected: { url: 'https://sts.us-iso-east-1.api.aws.ic.gov' },
    adapted: 'published: error "DualStack is enabled but this partition does not support DualStack"; aws-iso gained dual-stack in the 2026-01-15 partitions data',
  },
  {
    documentation: 'For region us-isob-east-1 with FIPS disabled and DualStack disabled',
    params: { Region: 'us-isob-east-1', UseFIPS: false, UseDualStack: false },
    expected: { url: 'https://sts.us-isob-east-1.sc2s.sgov.gov' },
  },
  {
    documentation: 'For region us-isob-east-1 with FIPS enabled and DualStack enabled',
    params: { Region: 'us-isob-east-1', UseFIPS: true, UseDualStack: true },
    expected: { url: 'https://sts-fips.us-isob-east-1.api.aws.scloud' },
    adapted: 'published: error "FIPS and DualStack are enabled, but this partition does not support one or both"; aws-iso-b gained dual-stack in the 2026-01-15 partitions data',
  },
  {
    documentation: 'For region us-isob-east-1 with FIPS enabled and DualStack disabled',
    params: { Region: 'us-isob-east-1', UseFIPS: true, UseDualStack: false },
    expected: { url: 'https://sts-fips.us-isob-east-1.sc2s.sgov.gov' },
  },
  {
    documentation: 'For region us-isob-east-1 with FIPS disabled and DualStack enabled',
    params: { Region: 'us-isob-east-1', UseFIPS: false, UseDualStack: true },
    expected: { url: 'https://sts.us-isob-east-1.api.aws.scloud' },
    adapted: 'published: error "DualStack is enabled but this partition does not support DualStack"; aws-iso-b gained dual-stack in the 2026-01-15 partitions data',
  },
  {
    documentation: 'For custom endpoint with region set and fips disabled and dualstack disabled',
    params: { Region: 'us-east-1', UseFIPS: false, UseDualStack: false, Endpoint: 'https://example.com' },
    expected: { url: 'https://example.com' },
  },
  {
    documentation: 'For custom endpoint with region not set and fips disabled and dualstack disabled',
    params: { UseFIPS: false, UseDualStack: false, Endpoint: 'https://example.com' },
    expected: { url: 'https://example.com' },
  },
  {
    documentation: 'For custom endpoint with fips enabled and dualstack disabled',
    params: { Region: 'us-east-1', UseFIPS: true, UseDualStack: false, Endpoint: 'https://example.com' },
    expected: { error: 'Invalid Configuration: FIPS and custom endpoint are not supported' },
  },
  {
    documentation: 'For custom endpoint with fips disabled and dualstack enabled',
    params: { Region: 'us-east-1', UseFIPS: false, UseDualStack: true, Endpoint: 'https://example.com' },
    expected: { error: 'Invalid Configuration: Dualstack and custom endpoint are not supported' },
  },
  {
    documentation: 'Missing region',
    params: {},
    expected: { error: 'Invalid Configuration: Missing Region' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `ap-northeast-1`',
    params: { Region: 'ap-northeast-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `ap-south-1`',
    params: { Region: 'ap-south-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `ap-southeast-1`',
    params: { Region: 'ap-southeast-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `ap-southeast-2`',
    params: { Region: 'ap-southeast-2', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `aws-global`',
    params: { Region: 'aws-global', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `ca-central-1`',
    params: { Region: 'ca-central-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `eu-central-1`',
    params: { Region: 'eu-central-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `eu-north-1`',
    params: { Region: 'eu-north-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `eu-west-1`',
    params: { Region: 'eu-west-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `eu-west-2`',
    params: { Region: 'eu-west-2', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `eu-west-3`',
    params: { Region: 'eu-west-3', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `sa-east-1`',
    params: { Region: 'sa-east-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `us-east-1`',
    params: { Region: 'us-east-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `us-east-2`',
    params: { Region: 'us-east-2', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `us-west-1`',
    params: { Region: 'us-west-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region `us-west-2`',
    params: { Region: 'us-west-2', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
  },
  {
    documentation: 'UseGlobalEndpoint with Non-legacy region `us-east-3`',
    params: { Region: 'us-east-3', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true },
    expected: { url: 'https://sts.us-east-3.amazonaws.com', signingRegion: 'us-east-3' },
  },
  {
    documentation: 'UseGlobalEndpoint with legacy region and custom endpoint',
    params: { Region: 'us-west-1', UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: true, Endpoint: 'https://example.com' },
    expected: { url: 'https://example.com' },
  },
  {
    documentation: 'UseGlobalEndpoint with unset region and custom endpoint',
    params: { UseFIPS: false, UseDualStack: false, UseGlobalEndpoint: false, Endpoint: 'https://example.com' },
    expected: { url: 'https://example.com' },
  },
];
