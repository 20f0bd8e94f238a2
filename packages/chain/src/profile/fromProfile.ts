/**
 * Credentials of a shared config profile, in three stages as aws-config does them:
 *
 * 1. parse: `~/.aws/config` and `~/.aws/credentials` (or `AWS_CONFIG_FILE`,
 *    `AWS_SHARED_CREDENTIALS_FILE`), read with `@smithy/shared-ini-file-loader`;
 * 2. represent: the selected profile (`profile`, `AWS_PROFILE`, else `default`) flattened
 *    into a plain {@link ProfileChain}: a base, then the roles to assume from it;
 * 3. execute: one provider per step against STS.
 *
 * ```ini
 * [profile dev-user]
 * aws_access_key_id = AKIA…
 * aws_secret_access_key = …
 * mfa_serial = arn:aws:iam::111122223333:mfa/alice
 *
 * [profile admin]
 * role_arn = arn:aws:iam::444455556666:role/admin
 * source_profile = dev-user
 * region = eu-west-1
 * ```
 */
import type { Logger } from '@smithy/types';
import type { CredentialProvider, CredentialProviderCallOptions, Credentials, RefreshOptions, TokenCodeProvider } from '@stskit/credentials';
import type { StsClientConfig } from '@stskit/sts';
import { FileCredentialsCache } from '../cache/FileCredentialsCache.js';
import { processEnv, type Environment } from '../env/Environment.js';
import { expandHome } from '../env/homeDir.js';
import { executeProfileChain } from './exec/executeProfileChain.js';
import { stsClientConfig } from './exec/stsClientConfig.js';
import { loadProfileSet, type ProfileFilesInit } from './loadProfileSet.js';
import { resolveProfileChain } from './repr/resolveProfileChain.js';

/** The AWS CLI's cache directory. @public */
export const AWS_CLI_CACHE_DIRECTORY = '~/.aws/cli/cache';

/**
 * Options of {@link fromProfile}.
 *
 * @public
 */
export interface FromProfileInit extends ProfileFilesInit, RefreshOptions {
  /** Gives MFA codes for profiles with `mfa_serial` and no `mfa_process`. */
  readonly tokenCode?: TokenCodeProvider;
  /** STS client options; they win over the profile's `region`, endpoint and variables. */
  readonly clientConfig?: StsClientConfig;
  /**
   * Share assumed roles and MFA sessions with the AWS CLI and other processes through
   * files: `true` for the AWS CLI's `~/.aws/cli/cache`, or a directory.
   * @defaultValue false
   */
  readonly fileCache?: boolean | string;
  /** Deadline of `credential_process` and `mfa_process` commands. @defaultValue 60000 */
  readonly processTimeoutMs?: number;
  /** Receives warnings, such as IMDS static stability or a capped role duration. */
  readonly logger?: Logger;
}

/**
 * The credentials of a shared config profile. The files are read at the first call (and
 * again after a failed one, so a fixed file is picked up); each step of the profile's chain
 * then caches and refreshes on its own.
 *
 * @returns a provider rejecting with a `ProfileError`: `NotLoaded` when the implicit
 *   `default` profile is absent or holds only settings, `InvalidConfiguration` naming the
 *   profile, key and file for any mistake; or with the failing step's error
 *
 * @example
 * ```ts
 * const credentials = fromProfile({ profile: 'admin', tokenCode: () => prompt('MFA code: '), fileCache: true });
 * ```
 *
 * @public
 */
export function fromProfile(init: FromProfileInit = {}): CredentialProvider {
  let executed: Promise<CredentialProvider> | undefined;
  const fromProfile = async (options?: CredentialProviderCallOptions): Promise<Credentials> => {
    executed ??= buildProvider(init).catch((error: unknown) => {
      executed = undefined;
      throw error;
    });
    return (await executed)(options);
  };
  const close = (): void => {
    executed?.then((provider) => provider.close()).catch(() => undefined);
  };
  return Object.assign(fromProfile, { close });
}

async function buildProvider(init: FromProfileInit): Promise<CredentialProvider> {
  const env = init.env ?? processEnv();
  const chain = resolveProfileChain(await loadProfileSet(init, env));
  return executeProfileChain(chain, {
    env,
    clientConfig: stsClientConfig(chain.sts, env, init.clientConfig),
    tokenCode: init.tokenCode,
    processTimeoutMs: init.processTimeoutMs ?? 60_000,
    fileCache: fileCacheOf(init.fileCache, env),
    logger: init.logger,
    ...(init.clock === undefined ? {} : { clock: init.clock }),
    ...(init.refresh === undefined ? {} : { refresh: init.refresh }),
  });
}

function fileCacheOf(option: boolean | string | undefined, env: Environment): FileCredentialsCache | undefined {
  if (option === undefined || option === false) return undefined;
  return new FileCredentialsCache(expandHome(option === true ? AWS_CLI_CACHE_DIRECTORY : option, env));
}
