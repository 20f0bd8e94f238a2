import { CredentialsError } from '../CredentialsError.js';

/**
 * Gives the current MFA code (6 digits) of the device `serialNumber`, for example by
 * prompting the user (naming the device, when several are in use) or reading an
 * authenticator. Called only when a new MFA session is needed, never for cached calls.
 *
 * @public
 */
export type TokenCodeProvider = (serialNumber: string) => string | Promise<string>;

const TOKEN_CODE = /^\d{6}$/u;

/**
 * Asks `tokenCode` for the MFA code and checks its form before it is sent, so a typo
 * fails with a clear error rather than an STS refusal. An error thrown by `tokenCode`
 * (a cancelled prompt) passes through unchanged.
 *
 * @param tokenCode - the provider option
 * @param serialNumber - the MFA device the code is for
 * @param providerName - names the provider in the error, e.g. `fromSessionToken`
 * @returns the code
 * @throws CredentialsError of kind `InvalidConfiguration` when the code is not 6 digits;
 *   the message never contains the code
 *
 * @internal
 */
export async function readTokenCode(
  tokenCode: TokenCodeProvider,
  serialNumber: string,
  providerName: string,
): Promise<string> {
  const code: unknown = await tokenCode(serialNumber);
  if (typeof code !== 'string' || !TOKEN_CODE.test(code)) {
    throw new CredentialsError(`${providerName}: tokenCode must give the MFA code as a string of 6 digits`, {
      kind: 'InvalidConfiguration',
    });
  }
  return code;
}

/**
 * The problems of a provider's MFA options: `serialNumber` and `tokenCode` go together,
 * since STS needs both to prove MFA.
 *
 * @returns e.g. `['serialNumber needs tokenCode, a function giving the MFA code']`, or none
 *
 * @internal
 */
export function mfaOptionProblems(options: { readonly serialNumber?: unknown; readonly tokenCode?: unknown }): string[] {
  const hasSerial = options.serialNumber !== undefined;
  const hasCode = options.tokenCode !== undefined;
  if (hasSerial && !hasCode) return ['serialNumber needs tokenCode, a function giving the MFA code'];
  if (hasCode && !hasSerial) return ['tokenCode needs serialNumber, the MFA device it gives codes of'];
  return [];
}
