import type { InputStream, OutputStream } from '../io.js';
import { promptMfaCode } from './prompt.js';

/**
 * Gives the MFA code of the device a provider names when it needs one: it fits the
 * providers' `tokenCode` option, so the prompt can say which device it wants, even for a
 * device a profile's `mfa_serial` names.
 *
 * @public
 */
export type MfaCodeSource = (serialNumber: string) => Promise<string>;

/**
 * The `--token-code` given, else a hidden prompt on the terminal naming the device.
 *
 * @param tokenCode - the code given with `--token-code`, used as is
 * @public
 */
export function mfaCodeSource(
  tokenCode: string | undefined,
  io: { readonly stdin: InputStream; readonly stderr: OutputStream },
): MfaCodeSource {
  return (serialNumber) =>
    tokenCode === undefined ? promptMfaCode(serialNumber || undefined, io.stdin, io.stderr) : Promise.resolve(tokenCode);
}
