import type { InputStream, OutputStream } from '../io.js';
import { promptMfaCode } from './prompt.js';

/**
 * Gives the MFA code of a device when a provider needs one. It fits the providers'
 * `tokenCode` option (which they call with no argument): the device is named by whoever
 * builds it, so the prompt can say which device it wants.
 *
 * @public
 */
export type MfaCodeSource = () => Promise<string>;

/**
 * The `--token-code` given, else a hidden prompt on the terminal.
 *
 * @param serialNumber - the MFA device, named in the prompt (or `undefined` when a profile names it)
 * @param tokenCode - the code given with `--token-code`, used as is
 * @public
 */
export function mfaCodeSource(
  serialNumber: string | undefined,
  tokenCode: string | undefined,
  io: { readonly stdin: InputStream; readonly stderr: OutputStream },
): MfaCodeSource {
  return () => (tokenCode === undefined ? promptMfaCode(serialNumber, io.stdin, io.stderr) : Promise.resolve(tokenCode));
}
