import { createCredentials, type CredentialProvider } from '@stskit/credentials';
import { fromSessionToken } from '@stskit/session-token';
import { fromWebIdentity } from '@stskit/web-identity';
import { cliCacheKey } from '../../cache/cacheKey.js';
import { withFileCache } from '../../cache/withFileCache.js';
import { fromContainer } from '../../container/fromContainer.js';
import { fromEnv } from '../../env/fromEnv.js';
import { fromImds } from '../../imds/fromImds.js';
import { fromProcess } from '../../process/fromProcess.js';
import { KEY } from '../profileKeys.js';
import type { BaseCredentials, StaticKeysBase } from '../repr/ProfileChain.js';
import type { ExecutionContext } from './ExecutionContext.js';
import { tokenCodeFor } from './tokenCodeFor.js';

/**
 * The provider of a chain's base step.
 *
 * @internal
 */
export function baseProvider(base: BaseCredentials, context: ExecutionContext): CredentialProvider {
  const shared = { clock: context.clock, refresh: context.refresh, env: context.env };
  switch (base.kind) {
    case 'StaticKeys':
      return base.mfa === undefined ? staticProvider(base) : mfaSessionProvider(base, context);
    case 'CredentialSource':
      if (base.source === 'Environment') return fromEnv({ env: context.env });
      return base.source === 'EcsContainer' ? fromContainer(shared) : fromImds({ ...shared, logger: context.logger });
    case 'Process':
      return fromProcess({ ...shared, command: base.command, timeoutMs: context.processTimeoutMs, description: `${KEY.credentialProcess} of profile "${base.profile}"` });
    case 'WebIdentity': {
      const provider = fromWebIdentity({
        roleArn: base.roleArn,
        webIdentityTokenFile: base.webIdentityTokenFile,
        ...(base.roleSessionName === undefined ? {} : { roleSessionName: base.roleSessionName }),
        ...(base.durationSeconds === undefined ? {} : { durationSeconds: base.durationSeconds }),
        clientConfig: context.clientConfig,
        clock: context.clock,
      });
      // The AWS CLI caches web identity sessions too, keyed by the role and a configured name.
      const key = cliCacheKey({ RoleArn: base.roleArn, ...(base.roleSessionName === undefined ? {} : { RoleSessionName: base.roleSessionName }) });
      return fileCached(provider, key, 'AssumeRoleWithWebIdentity', context);
    }
  }
}

function staticProvider(base: StaticKeysBase): CredentialProvider {
  const { accessKeyId, secretAccessKey, sessionToken } = base;
  const credentials = createCredentials({ accessKeyId, secretAccessKey, sessionToken });
  return Object.assign(async () => credentials, { close: () => undefined });
}

// GetSessionToken with MFA: none of the AWS CLI's own keys, so stskit's own (the CLI never
// reads it), which includes the long-term key's id since sessions are per user.
function mfaSessionProvider(base: StaticKeysBase, context: ExecutionContext): CredentialProvider {
  const mfa = base.mfa!;
  const provider = fromSessionToken({
    serialNumber: mfa.serialNumber,
    tokenCode: tokenCodeFor(mfa, base.profile, context),
    ...(base.durationSeconds === undefined ? {} : { durationSeconds: base.durationSeconds }),
    sourceCredentials: { accessKeyId: base.accessKeyId, secretAccessKey: base.secretAccessKey },
    clientConfig: context.clientConfig,
    clock: context.clock,
  });
  const key = cliCacheKey({
    Operation: 'GetSessionToken',
    AccessKeyId: base.accessKeyId,
    SerialNumber: mfa.serialNumber,
    ...(base.durationSeconds === undefined ? {} : { DurationSeconds: base.durationSeconds }),
  });
  return fileCached(provider, key, 'GetSessionToken', context);
}

/** @internal */
export function fileCached(provider: CredentialProvider, key: string, providerName: string, context: ExecutionContext): CredentialProvider {
  if (context.fileCache === undefined) return provider;
  return withFileCache(provider, { cache: context.fileCache, key, providerName, clock: context.clock, refresh: context.refresh });
}
