import { PassThrough } from 'node:stream';
import { promptMfaCode } from '../src/mfa/prompt.js';
import { UsageError } from '../src/errors.js';

/** A terminal's stdin: records raw-mode switches. */
function fakeTerminal(): PassThrough & { isTTY: boolean; rawModes: boolean[]; setRawMode(mode: boolean): void } {
  const rawModes: boolean[] = [];
  return Object.assign(new PassThrough(), { isTTY: true, rawModes, setRawMode: (mode: boolean) => rawModes.push(mode) });
}

describe(promptMfaCode.name, () => {
  it('should read digits in raw mode, honour backspace, echo nothing and restore the terminal', async () => {
    const stdin = fakeTerminal();
    let shown = '';
    const code = promptMfaCode('arn:aws:iam::111122223333:mfa/alice', stdin, { write: (text: string) => (shown += text) });
    stdin.write('1239\x7f45x6\r');
    await expect(code).resolves.toBe('123456');
    expect(shown).toBe('Enter MFA code for arn:aws:iam::111122223333:mfa/alice: \n');
    expect(stdin.rawModes).toEqual([true, false]);
  });

  it('should cancel on Ctrl-C', async () => {
    const stdin = fakeTerminal();
    const code = promptMfaCode(undefined, stdin, { write: () => true });
    stdin.write('12\x03');
    await expect(code).rejects.toThrow(new UsageError('MFA code entry cancelled'));
    expect(stdin.rawModes).toEqual([true, false]);
  });

  it('should say how to give the code when stdin is not a terminal', async () => {
    await expect(promptMfaCode('GAHT12345678', new PassThrough(), { write: () => true })).rejects.toThrow(
      'MFA code needed for GAHT12345678: pass --token-code or run in a terminal',
    );
  });
});
