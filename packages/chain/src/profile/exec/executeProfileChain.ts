import { fromAssumeRole } from '@stskit/assume-role';
import type { CredentialProvider } from '@stskit/credentials';
import { cliCacheKey } from '../../cache/cacheKey.js';
import type { ProfileChain, RoleHop } from '../repr/ProfileChain.js';
import { baseProvider, fileCached } from './baseProvider.js';
import type { ExecutionContext } from './ExecutionContext.js';
import { tokenCodeFor } from './tokenCodeFor.js';

/**
 * The third stage: turns a {@link ProfileChain} into providers, each signing the next
 * one's STS call, and returns the last. Nothing is fetched until it is called; each step
 * caches and refreshes on its own, so a role refresh reuses the base's MFA session rather
 * than asking for a new code.
 *
 * `close()` closes every step.
 *
 * @internal
 */
export function executeProfileChain(chain: ProfileChain, context: ExecutionContext): CredentialProvider {
  const steps: CredentialProvider[] = [baseProvider(chain.base, context)];
  for (const hop of chain.roles) steps.push(roleProvider(hop, steps[steps.length - 1]!, context));
  const last = steps[steps.length - 1]!;
  return Object.assign((options?: Parameters<CredentialProvider>[0]) => last(options), {
    close: () => steps.forEach((step) => step.close()),
  });
}

function roleProvider(hop: RoleHop, source: CredentialProvider, context: ExecutionContext): CredentialProvider {
  const request = {
    RoleArn: hop.roleArn,
    ...(hop.roleSessionName === undefined ? {} : { RoleSessionName: hop.roleSessionName }),
    ...(hop.externalId === undefined ? {} : { ExternalId: hop.externalId }),
    ...(hop.sourceIdentity === undefined ? {} : { SourceIdentity: hop.sourceIdentity }),
    ...(hop.mfa === undefined ? {} : { SerialNumber: hop.mfa.serialNumber }),
    ...(hop.durationSeconds === undefined ? {} : { DurationSeconds: hop.durationSeconds }),
  };
  const provider = fromAssumeRole({
    roleArn: hop.roleArn,
    ...(hop.roleSessionName === undefined ? {} : { roleSessionName: hop.roleSessionName }),
    ...(hop.externalId === undefined ? {} : { externalId: hop.externalId }),
    ...(hop.sourceIdentity === undefined ? {} : { sourceIdentity: hop.sourceIdentity }),
    ...(hop.durationSeconds === undefined ? {} : { durationSeconds: hop.durationSeconds }),
    ...(hop.mfa === undefined ? {} : { serialNumber: hop.mfa.serialNumber, tokenCode: tokenCodeFor(hop.mfa, hop.profile, context) }),
    sourceCredentials: source,
    clientConfig: context.clientConfig,
    clock: context.clock,
    ...(context.logger === undefined ? {} : { logger: context.logger }),
  });
  // Keyed by the request as botocore keys it (RoleSessionName only when configured), so
  // the AWS CLI and stskit share the entry.
  return fileCached(provider, cliCacheKey(request), 'AssumeRole', context);
}
