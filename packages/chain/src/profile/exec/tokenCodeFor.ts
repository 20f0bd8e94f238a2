import { CredentialsError, type TokenCodeProvider } from '@stskit/credentials';
import type { Environment } from '../../env/Environment.js';
import { describeFailure, runProcess } from '../../process/runProcess.js';
import { ProfileError } from '../ProfileError.js';
import { KEY } from '../profileKeys.js';
import type { MfaSettings } from '../repr/ProfileChain.js';

/** @internal */
export interface TokenCodeSources {
  readonly tokenCode: TokenCodeProvider | undefined;
  readonly env: Environment;
  readonly processTimeoutMs: number;
}

/**
 * Where a profile step's MFA code comes from: its `mfa_process` when set (a command whose
 * stdout is the code), else the `tokenCode` option.
 *
 * @throws ProfileError when the step needs a code and neither source exists
 * @internal
 */
export function tokenCodeFor(mfa: MfaSettings, profile: string, sources: TokenCodeSources): TokenCodeProvider {
  const { mfaProcess } = mfa;
  if (mfaProcess !== undefined) return () => runMfaProcess(mfaProcess, profile, sources);
  if (sources.tokenCode !== undefined) return sources.tokenCode;
  throw new ProfileError(`profile "${profile}" sets ${KEY.mfaSerial}, but nothing gives the MFA code: pass the tokenCode option, or set ${KEY.mfaProcess}`, {
    kind: 'InvalidConfiguration',
    profile,
    key: KEY.mfaSerial,
  });
}

async function runMfaProcess(command: string, profile: string, sources: TokenCodeSources): Promise<string> {
  const description = `${KEY.mfaProcess} of profile "${profile}"`;
  const result = await runProcess(command, { timeoutMs: sources.processTimeoutMs, env: sources.env });
  const failure = describeFailure(result, sources.processTimeoutMs);
  if (failure !== undefined) throw new CredentialsError(`${description} ${failure}`, { kind: 'ProviderFailed' });
  return result.stdout.trim();
}
