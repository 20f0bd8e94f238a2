import { ProfileError } from '../ProfileError.js';
import { property, type Profile, type ProfileSet } from '../ProfileSet.js';
import { KEY, SERVICES_STS_ENDPOINT_URL } from '../profileKeys.js';
import type { StsSettings } from './ProfileChain.js';

/**
 * Where STS is, read from the selected profile. The `services` section's STS endpoint wins
 * over the profile's `endpoint_url`, and `ignore_configured_endpoint_urls = true` drops
 * both, as botocore orders them (STS-API.md §9.1).
 *
 * @throws ProfileError for an `sts_regional_endpoints` other than `regional` or `legacy`,
 *   or a `services` key naming a section that does not exist
 * @internal
 */
export function resolveStsSettings(profile: Profile, set: ProfileSet): StsSettings {
  const region = property(profile, KEY.region);
  const mode = property(profile, KEY.stsRegionalEndpoints)?.toLowerCase();
  if (mode !== undefined && mode !== 'regional' && mode !== 'legacy') {
    throw ProfileError.atKey(profile, KEY.stsRegionalEndpoints, `must be 'regional' or 'legacy', got '${property(profile, KEY.stsRegionalEndpoints)}'`);
  }
  const endpointUrl = configuredEndpointUrl(profile, set);
  return {
    ...(region === undefined ? {} : { region }),
    ...(mode === undefined ? {} : { stsRegionalEndpoints: mode }),
    ...(endpointUrl === undefined ? {} : { endpointUrl }),
  };
}

function configuredEndpointUrl(profile: Profile, set: ProfileSet): string | undefined {
  if (property(profile, KEY.ignoreConfiguredEndpointUrls)?.toLowerCase() === 'true') return undefined;
  const servicesName = property(profile, KEY.services);
  if (servicesName !== undefined) {
    const section = set.services[servicesName];
    if (section === undefined) throw ProfileError.atKey(profile, KEY.services, `names [services ${servicesName}], which does not exist`);
    const fromServices = section[SERVICES_STS_ENDPOINT_URL];
    if (fromServices !== undefined && fromServices !== '') return fromServices;
  }
  return property(profile, KEY.endpointUrl);
}
