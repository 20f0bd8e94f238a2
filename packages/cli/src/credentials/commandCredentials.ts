import { defaultProvider } from '@stskit/chain';
import type { CredentialProvider, RefreshMode } from '@stskit/credentials';
import type { GlobalOptions } from '../args/globalOptions.js';
import type { OptionSpec, ParsedCommandLine } from '../args/OptionSpec.js';
import { stringValue } from '../args/readValues.js';
import type { CliIo } from '../io.js';
import { mfaCodeSource } from '../mfa/mfaCodeSource.js';
import { stsClientConfig } from './stsClientConfig.js';

/**
 * The flags of the commands that hand credentials on (`env`, `exec`,
 * `credential-process`), beside the global `--profile`.
 *
 * @public
 */
export const CREDENTIAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'token-code', kind: 'string', placeholder: 'code', description: "The MFA code, when the profile's mfa_serial needs one (else asked on the terminal)" },
];

/**
 * The credentials a command uses: the chain's `defaultProvider` for `--profile` (or
 * `AWS_PROFILE`, the environment's keys, …), as the AWS CLI finds them. MFA codes come
 * from the profile's `mfa_process`, `--token-code`, or a hidden prompt on the terminal.
 *
 * Roles and MFA sessions go through the AWS CLI's file cache (`~/.aws/cli/cache`), so
 * stskit and the AWS CLI share them, and repeated commands do not ask for MFA again.
 *
 * @param args - the command's parsed flags, for `--token-code` (commands without it pass none)
 * @param refresh - `'background'` for long-running use (`exec --server`)
 * @public
 */
export function commandCredentials(globals: GlobalOptions, io: CliIo, args?: ParsedCommandLine, refresh: RefreshMode = 'lazy'): CredentialProvider {
  const tokenCode = args === undefined ? undefined : stringValue(args, 'token-code');
  return defaultProvider({
    ...(globals.profile === undefined ? {} : { profile: globals.profile }),
    env: io.env,
    clock: io.clock,
    refresh,
    clientConfig: stsClientConfig(globals, io),
    tokenCode: mfaCodeSource(tokenCode, io),
    fileCache: true,
  });
}
