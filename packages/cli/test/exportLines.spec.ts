import { execFileSync } from 'node:child_process';
import { exportLines } from '../src/output/exportLines.js';

const TRICKY = `it's "quoted" $HOME \`id\` \\ back\\slash\nnew line; & | * ~ !`;

function shellReads(command: string, script: string, name: string): string {
  return execFileSync(command, ['-c', `${script}\nprintf %s "$${name}"`], { encoding: 'utf8', env: {}, stdio: ['ignore', 'pipe', 'ignore'] });
}

describe(exportLines.name, () => {
  it('should round-trip any value through sh', () => {
    const script = exportLines([['TRICKY', TRICKY]], 'sh');
    expect(shellReads('sh', script, 'TRICKY')).toBe(TRICKY);
  });

  it('should round-trip any value through bash', () => {
    const script = exportLines([['TRICKY', TRICKY]], 'sh');
    expect(shellReads('bash', script, 'TRICKY')).toBe(TRICKY);
  });

  it.each([
    ['sh', "export A='it'\\''s'\n"],
    ['fish', "set -gx A 'it\\'s'\n"],
    ['powershell', "$Env:A = 'it''s'\n"],
    ['dotenv', 'A="it\'s"\n'],
  ] as const)('should quote for %s', (format, expected) => {
    expect(exportLines([['A', "it's"]], format)).toBe(expected);
  });

  it('should escape what dotenv parsers expand in double quotes', () => {
    expect(exportLines([['A', 'a"b$c\\d\ne']], 'dotenv')).toBe('A="a\\"b\\$c\\\\d\\ne"\n');
  });
});
