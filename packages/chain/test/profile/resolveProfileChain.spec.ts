import { readFileSync } from 'node:fs';
import { resolveProfileChain } from '../../src/profile/repr/resolveProfileChain.js';
import type { ProfileChain } from '../../src/profile/repr/ProfileChain.js';
import type { ProfileSet } from '../../src/profile/ProfileSet.js';

/**
 * Every profile form, from a table of `{docs, input: {profiles, selectedProfile}, output:
 * chain | errorContains}`, with no files, servers or mocks (as aws-config's
 * `assume-role-tests.json`).
 */
interface TestCase {
  readonly docs: string;
  readonly input: {
    readonly profiles: Record<string, Record<string, string>>;
    readonly services?: Record<string, Record<string, string>>;
    readonly selectedProfile: string;
  };
  readonly output: { readonly chain: ProfileChain } | { readonly errorContains: string };
}

const FILE = '~/.aws/config';
const cases = JSON.parse(readFileSync(new URL('./profile-chain-tests.json', import.meta.url), 'utf8')) as TestCase[];

function profileSetOf(input: TestCase['input']): ProfileSet {
  const profiles = Object.fromEntries(
    Object.entries(input.profiles).map(([name, properties]) => [
      name,
      { name, properties, origins: Object.fromEntries(Object.keys(properties).map((key) => [key, FILE])) },
    ]),
  );
  return { profiles, services: input.services ?? {}, selectedProfile: input.selectedProfile, explicitlySelected: true, files: [FILE] };
}

describe(resolveProfileChain.name, () => {
  it.each(cases.map((testCase) => [testCase.docs, testCase] as const))('%s', (_docs, testCase) => {
    const set = profileSetOf(testCase.input);
    if ('chain' in testCase.output) {
      expect(resolveProfileChain(set)).toEqual(testCase.output.chain);
    } else {
      expect(() => resolveProfileChain(set)).toThrow(testCase.output.errorContains);
    }
  });

  it('should conceal the secret key of a static-key base from JSON and inspect', () => {
    const chain = resolveProfileChain(profileSetOf({ profiles: { a: { aws_access_key_id: 'AKID', aws_secret_access_key: 'very-secret' } }, selectedProfile: 'a' }));
    expect(JSON.stringify(chain)).not.toContain('very-secret');
  });

  it('should pass (NotLoaded) when the implicit default profile is absent, and stop when a named one is', () => {
    const set = profileSetOf({ profiles: {}, selectedProfile: 'default' });
    expect(() => resolveProfileChain({ ...set, explicitlySelected: false })).toThrow(expect.objectContaining({ kind: 'NotLoaded', tryNextLink: true }));
    expect(() => resolveProfileChain(set)).toThrow(expect.objectContaining({ kind: 'InvalidConfiguration', tryNextLink: false }));
  });

  it('should pass (NotLoaded) when the selected profile holds only settings', () => {
    const set = profileSetOf({ profiles: { default: { region: 'eu-west-1' } }, selectedProfile: 'default' });
    expect(() => resolveProfileChain(set)).toThrow(expect.objectContaining({ kind: 'NotLoaded' }));
  });

  it('should carry the loop as structured data', () => {
    const set = profileSetOf({ profiles: { a: { role_arn: 'arn:aws:iam::1:role/a', source_profile: 'a2' }, a2: { role_arn: 'arn:aws:iam::1:role/b', source_profile: 'a' } }, selectedProfile: 'a' });
    expect(() => resolveProfileChain(set)).toThrow(expect.objectContaining({ cycle: ['a', 'a2', 'a'], key: 'source_profile', kind: 'InvalidConfiguration' }));
  });
});
