import type { StsClientConfig } from '@stskit/sts';
import { processEnv } from '../env/Environment.js';
import { loadProfileSet, type ProfileFilesInit } from './loadProfileSet.js';
import { stsClientConfig } from './exec/stsClientConfig.js';
import { resolveStsSettings } from './repr/stsSettings.js';

/** @public */
export interface ProfileStsClientConfigInit extends ProfileFilesInit {
  /** Options given in code; they win over the environment and the profile. */
  readonly clientConfig?: StsClientConfig;
}

/**
 * The `StsClient` options the selected profile implies (`region`, `endpoint_url` or its
 * `services` section, `sts_regional_endpoints`), for calling STS as that profile's user
 * the way `aws sts --profile P` does. Precedence, highest first: `clientConfig`, the
 * environment variables, the profile, then `us-east-1` for the region, as profile role
 * assumption uses. A profile that does not exist adds nothing.
 *
 * @example
 * ```ts
 * const sts = new StsClient({ ...(await profileStsClientConfig({ profile: 'dev' })), credentials: defaultProvider({ profile: 'dev' }) });
 * ```
 *
 * @throws ProfileError for a malformed STS setting in the profile, naming the key and file
 * @public
 */
export async function profileStsClientConfig(init: ProfileStsClientConfigInit = {}): Promise<StsClientConfig> {
  const env = init.env ?? processEnv();
  const set = await loadProfileSet(init, env);
  const profile = set.profiles[set.selectedProfile];
  const settings = profile === undefined ? {} : resolveStsSettings(profile, set);
  return stsClientConfig(settings, env, init.clientConfig);
}
