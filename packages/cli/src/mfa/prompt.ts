import { UsageError } from '../errors.js';
import type { InputStream, OutputStream } from '../io.js';

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\x7f', '\b']);
const INTERRUPT = '\x03';
const END_OF_INPUT = '\x04';

/**
 * Asks for an MFA code on the terminal without echoing it: stdin goes into raw mode, so
 * the code never shows on screen or in the terminal's scrollback. Digits are kept,
 * backspace deletes, Enter finishes, Ctrl-C or Ctrl-D cancels.
 *
 * @param serialNumber - the MFA device, named in the prompt when known
 * @param stdin - a terminal (`isTTY` with `setRawMode`)
 * @param stderr - where the prompt is written, so stdout stays clean for the output
 * @throws UsageError when stdin is not a terminal, telling how to give the code instead
 * @public
 */
export function promptMfaCode(serialNumber: string | undefined, stdin: InputStream, stderr: OutputStream): Promise<string> {
  const device = serialNumber === undefined ? '' : ` for ${serialNumber}`;
  if (stdin.isTTY !== true || stdin.setRawMode === undefined) {
    return Promise.reject(new UsageError(`MFA code needed${device}: pass --token-code or run in a terminal`));
  }
  const setRawMode = stdin.setRawMode.bind(stdin);
  stderr.write(`Enter MFA code${device}: `);
  return new Promise((resolve, reject) => {
    let code = '';
    const finish = (settle: () => void): void => {
      stdin.off('data', onData);
      setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      settle();
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString()) {
        if (ENTER.has(char)) return finish(() => resolve(code));
        if (char === INTERRUPT || char === END_OF_INPUT) return finish(() => reject(new UsageError('MFA code entry cancelled')));
        if (BACKSPACE.has(char)) code = code.slice(0, -1);
        else if (/^\d$/.test(char)) code += char;
      }
    };
    setRawMode(true);
    stdin.setEncoding?.('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}
