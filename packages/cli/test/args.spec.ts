import { parseCommandLine } from '../src/args/parseCommandLine.js';
import { parseShorthand } from '../src/args/shorthand.js';
import type { OptionSpec } from '../src/args/OptionSpec.js';
import { UsageError } from '../src/errors.js';

const SPECS: readonly OptionSpec[] = [
  { name: 'role-arn', kind: 'string', description: '', required: true },
  { name: 'tags', kind: 'list', description: '' },
  { name: 'debug', kind: 'boolean', description: '' },
];

describe(parseCommandLine.name, () => {
  it('should take every token after a list flag as one item, as the AWS CLI does', () => {
    const parsed = parseCommandLine(['--tags', 'a', 'b', '--role-arn', 'R', '--tags=c', 'd'], SPECS);
    expect(parsed.values).toEqual({ tags: ['a', 'b', 'c', 'd'], 'role-arn': 'R' });
  });

  it('should keep everything after -- as positionals', () => {
    const parsed = parseCommandLine(['--role-arn', 'R', '--', 'aws', '--tags', 'x'], SPECS, true);
    expect(parsed.positionals).toEqual(['aws', '--tags', 'x']);
  });

  it.each([
    [['--role-arn', 'R', '--nope'], "Unknown option '--nope'"],
    [['--tags', 'a'], 'the following arguments are required: --role-arn'],
    [['--role-arn'], "Option '--role-arn <value>' argument missing"],
    [['--role-arn', 'R', 'stray'], "Unexpected argument 'stray'"],
    [['--role-arn', '-abc'], "Option '--role-arn' argument is ambiguous; to give a value starting with a dash, use '--role-arn=-XYZ'"],
  ])('should refuse %j with a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv, SPECS)).toThrow(UsageError);
    expect(() => parseCommandLine(argv, SPECS)).toThrow(message);
  });

  it('should accept a value starting with a dash given with =', () => {
    expect(parseCommandLine(['--role-arn=-abc'], SPECS).values).toEqual({ 'role-arn': '-abc' });
  });
});

describe(parseShorthand.name, () => {
  const TAG = ['Key', 'Value'];

  it.each([
    ['Key=a,Value=b', [{ Key: 'a', Value: 'b' }]],
    ['Key=a,Value="b,c"', [{ Key: 'a', Value: 'b,c' }]],
    ["Key='a=b',Value=", [{ Key: 'a=b', Value: '' }]],
    ['{"Key":"a","Value":"b"}', [{ Key: 'a', Value: 'b' }]],
    ['[{"Key":"a","Value":"b"},{"Key":"c","Value":"d"}]', [{ Key: 'a', Value: 'b' }, { Key: 'c', Value: 'd' }]],
  ])('should read %s', (text, expected) => {
    expect(parseShorthand(text, 'tags', TAG)).toEqual(expected);
  });

  it('should start a new structure when a key repeats', () => {
    expect(parseShorthand('arn=A,arn=B', 'policy-arns', ['arn'])).toEqual([{ arn: 'A' }, { arn: 'B' }]);
  });

  it.each([
    ['Key=a,b', 'expected key=value, got "b"'],
    ['Kee=a', 'unknown key Kee; valid keys are Key, Value'],
    ['Key="a', 'unclosed "'],
    ['{"Key":1}', 'expected a JSON object of strings'],
    ['{nope', 'invalid JSON'],
  ])('should refuse %s', (text, message) => {
    expect(() => parseShorthand(text, 'tags', TAG)).toThrow(UsageError);
    expect(() => parseShorthand(text, 'tags', TAG)).toThrow(message);
  });
});
