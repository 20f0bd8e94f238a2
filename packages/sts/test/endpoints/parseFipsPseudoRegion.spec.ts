import { parseFipsPseudoRegion } from '../../src/endpoints/parseFipsPseudoRegion.js';

describe(parseFipsPseudoRegion.name, () => {
  it.each([
    ['us-east-1-fips', 'us-east-1', true],
    ['fips-us-gov-west-1', 'us-gov-west-1', true],
    ['us-gov-west-1-fips', 'us-gov-west-1', true],
    ['aws-fips', 'us-east-1', true],
    ['fips-aws-global', 'us-east-1', true],
    ['us-east-1', 'us-east-1', false],
    ['aws-global', 'aws-global', false],
  ])('should read %s as region %s with FIPS %s', (name, region, useFips) => {
    expect(parseFipsPseudoRegion(name)).toEqual({ region, useFips });
  });
});
