import { partition } from '../../src/endpoints/partition.js';

describe(partition.name, () => {
  it.each([
    ['a named region', 'eu-west-1', 'aws'],
    ['the aws-global pseudo-region', 'aws-global', 'aws'],
    ['a pseudo-region no regex matches', 'aws-cn-global', 'aws-cn'],
    ['a GovCloud region', 'us-gov-west-1', 'aws-us-gov'],
    ['an unnamed region matching a partition regex', 'us-isob-west-9', 'aws-iso-b'],
    ['the European sovereign cloud', 'eusc-de-east-1', 'aws-eusc'],
    ['a region no partition claims, falling back to aws', 'not-real', 'aws'],
  ])('should place %s in its partition', (_name, region, expected) => {
    expect(partition(region).name).toBe(expected);
  });

  it('should return the outputs the rule set reads', () => {
    expect(partition('us-iso-east-1')).toEqual({
      name: 'aws-iso',
      dnsSuffix: 'c2s.ic.gov',
      dualStackDnsSuffix: 'api.aws.ic.gov',
      supportsFIPS: true,
      supportsDualStack: true,
      implicitGlobalRegion: 'us-iso-east-1',
    });
  });
});
