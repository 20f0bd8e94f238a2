import type { CredentialProvider, Credentials, RefreshMode } from '@stskit/credentials';
import type { GlobalOptions } from '../args/globalOptions.js';
import type { OptionSpec, ParsedCommandLine } from '../args/OptionSpec.js';
import { stringValue } from '../args/readValues.js';
import { ConfigurationError } from '../errors.js';
import type { CliIo } from '../io.js';

/**
 * The flags of the commands that resolve credentials themselves (`env`, `exec`,
 * `credential-process`), beside the global `--profile`.
 *
 * @public
 */
export const CREDENTIAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'token-code', kind: 'string', placeholder: 'code', description: "The MFA code, if the profile's role needs one (else asked on the terminal)" },
];

/**
 * The credentials the commands sign with.
 *
 * @public
 */
export function commandCredentials(
  globals: GlobalOptions,
  io: CliIo,
  args?: ParsedCommandLine,
  refresh: RefreshMode = 'lazy',
): CredentialProvider {
  const provider = async (): Promise<Credentials> => {
    const accessKeyId = io.env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = io.env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new ConfigurationError('Unable to locate credentials');
    const sessionToken = io.env.AWS_SESSION_TOKEN;
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  };
  void globals, args, refresh, stringValue;
  return Object.assign(provider, { close: () => undefined });
}
