import { resolveEndpoint } from '../../src/endpoints/resolveEndpoint.js';
import {
  resolveEndpointParameters,
  type StsEndpointOptions,
} from '../../src/endpoints/resolveEndpointParameters.js';
import type { Environment } from '../../src/endpoints/readEnv.js';
import { expectConfigurationError } from './expectConfigurationError.js';

const OPERATION = 'GetCallerIdentity';

function parametersFor(options: StsEndpointOptions, env: Environment = {}, operation = OPERATION) {
  return resolveEndpointParameters(options, env, operation);
}

function endpointFor(options: StsEndpointOptions, env: Environment = {}, operation = OPERATION) {
  return resolveEndpoint(resolveEndpointParameters(options, env, operation));
}


describe(resolveEndpointParameters.name, () => {
  describe('region', () => {
    it.each([
      ['the option over both variables', { region: 'eu-west-1' }, { AWS_REGION: 'eu-west-2', AWS_DEFAULT_REGION: 'eu-west-3' }, 'eu-west-1'],
      ['AWS_REGION over AWS_DEFAULT_REGION', {}, { AWS_REGION: 'eu-west-2', AWS_DEFAULT_REGION: 'eu-west-3' }, 'eu-west-2'],
      ['AWS_DEFAULT_REGION last', {}, { AWS_DEFAULT_REGION: 'eu-west-3' }, 'eu-west-3'],
      ['past an empty AWS_REGION', {}, { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-west-3' }, 'eu-west-3'],
    ])('should take %s', (_name, options, env, region) => {
      expect(parametersFor(options, env).Region).toBe(region);
    });

    it('should explain how to configure a region when there is none', () => {
      expectConfigurationError(
        () => parametersFor({}, {}),
        'No AWS region: pass region, or set AWS_REGION or AWS_DEFAULT_REGION',
      );
    });

    it('should refuse a region that is not a DNS label', () => {
      expectConfigurationError(
        () => parametersFor({ region: 'evil.example/x' }),
        "'evil.example/x' is not a valid AWS region name",
      );
    });

    it.each([
      [{ region: 'us-east-1-fips' }, {}, 'https://sts-fips.us-east-1.amazonaws.com', 'us-east-1'],
      [{}, { AWS_REGION: 'fips-us-gov-west-1' }, 'https://sts.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
      [{ region: 'fips-ca-central-1', useFipsEndpoint: false }, {}, 'https://sts-fips.ca-central-1.amazonaws.com', 'ca-central-1'],
    ])('should turn the FIPS pseudo-region in %j %j into the region with FIPS on', (options, env, url, signingRegion) => {
      expect(endpointFor(options, env)).toEqual({ url, signingRegion, signingName: 'sts' });
    });
  });

  describe('FIPS and dual-stack', () => {
    it.each([
      [{}, { AWS_USE_FIPS_ENDPOINT: 'TRUE', AWS_USE_DUALSTACK_ENDPOINT: 'True' }, true, true],
      [{}, { AWS_USE_FIPS_ENDPOINT: 'false', AWS_USE_DUALSTACK_ENDPOINT: 'FALSE' }, false, false],
      [{ useFipsEndpoint: false, useDualstackEndpoint: true }, { AWS_USE_FIPS_ENDPOINT: 'true' }, false, true],
      [{}, {}, false, false],
    ])('should read options %j over env %j', (options, env, useFips, useDualStack) => {
      const parameters = parametersFor({ region: 'us-east-1', ...options }, env);
      expect(parameters).toMatchObject({ UseFIPS: useFips, UseDualStack: useDualStack });
    });

    it.each(['AWS_USE_FIPS_ENDPOINT', 'AWS_USE_DUALSTACK_ENDPOINT'])(
      'should name %s when its value is not true or false',
      (name) => {
        expectConfigurationError(
          () => parametersFor({ region: 'us-east-1' }, { [name]: 'yes' }),
          `${name} must be 'true' or 'false', got 'yes'`,
        );
      },
    );
  });

  describe('regional or legacy', () => {
    it.each([
      ['regional by default', {}, {}, 'https://sts.eu-west-1.amazonaws.com', 'eu-west-1'],
      ['legacy from the variable', {}, { AWS_STS_REGIONAL_ENDPOINTS: 'legacy' }, 'https://sts.amazonaws.com', 'us-east-1'],
      ['legacy from the option', { stsRegionalEndpoints: 'legacy' }, {}, 'https://sts.amazonaws.com', 'us-east-1'],
      ['the option over the variable', { stsRegionalEndpoints: 'regional' }, { AWS_STS_REGIONAL_ENDPOINTS: 'legacy' }, 'https://sts.eu-west-1.amazonaws.com', 'eu-west-1'],
      ['a FIPS endpoint even in legacy mode', { useFipsEndpoint: true }, { AWS_STS_REGIONAL_ENDPOINTS: 'legacy' }, 'https://sts-fips.eu-west-1.amazonaws.com', 'eu-west-1'],
    ] as const)('should resolve %s', (_name, options, env, url, signingRegion) => {
      expect(endpointFor({ region: 'eu-west-1', ...options }, env)).toEqual({ url, signingRegion, signingName: 'sts' });
    });

    it('should keep a region outside the legacy-global list regional in legacy mode', () => {
      const endpoint = endpointFor({ region: 'ap-east-2', stsRegionalEndpoints: 'legacy' });
      expect(endpoint.url).toBe('https://sts.ap-east-2.amazonaws.com');
    });

    it.each(['AssumeRoot', 'GetWebIdentityToken'])(
      'should route %s regionally in legacy mode, the global endpoint lacking it',
      (operation) => {
        const endpoint = endpointFor({ region: 'eu-west-1', stsRegionalEndpoints: 'legacy' }, {}, operation);
        expect(endpoint).toEqual({ url: 'https://sts.eu-west-1.amazonaws.com', signingRegion: 'eu-west-1', signingName: 'sts' });
      },
    );

    it.each([
      [{}, { AWS_STS_REGIONAL_ENDPOINTS: 'global' }, "AWS_STS_REGIONAL_ENDPOINTS must be 'regional' or 'legacy', got 'global'"],
      [{ stsRegionalEndpoints: 'Global' as 'legacy' }, {}, "stsRegionalEndpoints must be 'regional' or 'legacy', got 'Global'"],
    ])('should name the source of a bad mode in %j %j', (options, env, message) => {
      expectConfigurationError(
        () => parametersFor({ region: 'eu-west-1', ...options }, env),
        message,
      );
    });
  });

  describe('custom endpoint', () => {
    const allSources = {
      AWS_ENDPOINT_URL_STS: 'http://sts.local:1',
      AWS_ENDPOINT_URL: 'http://all.local:2',
    };

    it.each([
      ['the option over both variables', { endpoint: 'http://option.local:0' }, allSources, 'http://option.local:0'],
      ['AWS_ENDPOINT_URL_STS over AWS_ENDPOINT_URL', {}, allSources, 'http://sts.local:1'],
      ['AWS_ENDPOINT_URL last', {}, { AWS_ENDPOINT_URL: 'http://all.local:2' }, 'http://all.local:2'],
      ['the option even when configured URLs are ignored', { endpoint: 'http://option.local:0' }, { ...allSources, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, 'http://option.local:0'],
      ['no variable when configured URLs are ignored', {}, { ...allSources, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }, undefined],
    ])('should take %s', (_name, options, env, endpoint) => {
      expect(parametersFor({ region: 'eu-west-1', ...options }, env).Endpoint).toBe(endpoint);
    });

    it('should pass FIPS and dual-stack as false and sign with the configured region', () => {
      const options = { region: 'eu-west-1', useFipsEndpoint: true, useDualstackEndpoint: true };
      const env = { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:4566/' };
      expect(parametersFor(options, env)).toMatchObject({ UseFIPS: false, UseDualStack: false });
      expect(endpointFor(options, env)).toEqual({ url: 'http://127.0.0.1:4566', signingRegion: 'eu-west-1', signingName: 'sts' });
    });

    it('should sign as us-east-1 when no region is configured', () => {
      const endpoint = endpointFor({}, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' });
      expect(endpoint.signingRegion).toBe('us-east-1');
    });

    it('should name the source of an endpoint that is not an http URL, without echoing it', () => {
      expectConfigurationError(
        () => parametersFor({}, { AWS_ENDPOINT_URL_STS: 'localhost:4566' }),
        'AWS_ENDPOINT_URL_STS must be an http or https URL',
      );
    });

    it('should name AWS_IGNORE_CONFIGURED_ENDPOINT_URLS when its value is not true or false', () => {
      const env = { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: '1' };
      expectConfigurationError(
        () => parametersFor({ region: 'eu-west-1' }, env),
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS must be 'true' or 'false', got '1'",
      );
    });
  });
});
