/**
 * Credentials printed by an external command, as the AWS CLI's `credential_process`:
 *
 * ```ini
 * [profile vault]
 * credential_process = aws-vault exec work --json
 * ```
 *
 * The command prints the Version 1 JSON (Version 1 JSON: `Version`, `AccessKeyId`, `SecretAccessKey`, `SessionToken`, `Expiration`, `AccountId`); when it
 * carries an `Expiration` it is run again ahead of that time.
 */
import { CredentialsError, createRefreshingProvider, type CredentialProvider, type Credentials, type RefreshOptions } from '@stskit/credentials';
import { processEnv, type Environment } from '../env/Environment.js';
import { parseJsonCredentials } from '../json/parseJsonCredentials.js';
import { describeFailure, runProcess } from './runProcess.js';

/**
 * Options of {@link fromProcess}.
 *
 * @public
 */
export interface FromProcessInit extends RefreshOptions {
  /** The command line, run by the shell. */
  readonly command: string;
  /** How long the command may run before it is killed. @defaultValue 60000 */
  readonly timeoutMs?: number;
  /** The command's environment. @defaultValue `process.env` */
  readonly env?: Environment;
  /** Names the command in messages. @defaultValue `credential_process` */
  readonly description?: string;
}

/** One minute: long enough for a helper that asks the user to touch a security key. */
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Runs `command` for credentials, behind the refreshing cache.
 *
 * A command that fails, hangs past `timeoutMs` or prints anything but the Version 1 JSON
 * rejects with a `ProviderFailed` error saying which, with the command's stderr; its stdout
 * is never shown, since it carries secrets.
 *
 * @example
 * ```ts
 * const credentials = fromProcess({ command: 'aws-vault exec work --json', timeoutMs: 30_000 });
 * ```
 *
 * @public
 */
export function fromProcess(init: FromProcessInit): CredentialProvider {
  if (typeof init.command !== 'string' || init.command.trim() === '') {
    throw new TypeError('Expected `command` to be a non-empty string');
  }
  const description = init.description ?? 'credential_process';
  const fetch = (): Promise<Credentials> => runCredentialProcess(init.command, description, init.timeoutMs ?? DEFAULT_TIMEOUT_MS, init.env ?? processEnv());
  return createRefreshingProvider(fetch, { ...init, providerName: description });
}

async function runCredentialProcess(command: string, description: string, timeoutMs: number, env: Environment): Promise<Credentials> {
  const result = await runProcess(command, { timeoutMs, env }).catch((error: unknown) => {
    throw new CredentialsError(`${description} could not be started`, { kind: 'ProviderFailed', cause: error });
  });
  const failure = describeFailure(result, timeoutMs);
  if (failure !== undefined) throw new CredentialsError(`${description} ${failure}`, { kind: 'ProviderFailed' });
  return parseJsonCredentials(result.stdout, 'process', description);
}
