import {
  ENV_DEFAULT_REGION,
  ENV_ENDPOINT_URL,
  ENV_ENDPOINT_URL_STS,
  ENV_IGNORE_CONFIGURED_ENDPOINT_URLS,
  ENV_REGION,
  ENV_STS_REGIONAL_ENDPOINTS,
  type StsClientConfig,
} from '@stskit/sts';
import { readEnv, type Environment } from '../../env/Environment.js';
import type { StsSettings } from '../repr/ProfileChain.js';

// Where the SDKs send credential calls when nothing names a region: SDK v3's role assumers
// and botocore both fall back to us-east-1 (the global endpoint's signing region).
const FALLBACK_REGION = 'us-east-1';

/**
 * The `StsClient` options for a profile's STS calls. Precedence, highest first: options
 * passed in code, then the environment variables (which `StsClient` reads itself, so a
 * profile value is passed only when the variable is unset), then the profile, then
 * `us-east-1` for the region.
 *
 * @internal
 */
export function stsClientConfig(settings: StsSettings, env: Environment, fromCode: StsClientConfig = {}): StsClientConfig {
  const unless = (variables: readonly string[], value: string | undefined): string | undefined =>
    variables.some((name) => readEnv(env, name) !== undefined) ? undefined : value;
  const ignoreConfigured = readEnv(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS)?.toLowerCase() === 'true';
  const region = fromCode.region ?? unless([ENV_REGION, ENV_DEFAULT_REGION], settings.region ?? (fromCode.endpoint === undefined ? FALLBACK_REGION : undefined));
  const endpoint = fromCode.endpoint ?? (ignoreConfigured ? undefined : unless([ENV_ENDPOINT_URL_STS, ENV_ENDPOINT_URL], settings.endpointUrl));
  const mode = fromCode.stsRegionalEndpoints ?? unless([ENV_STS_REGIONAL_ENDPOINTS], settings.stsRegionalEndpoints) as StsClientConfig['stsRegionalEndpoints'];
  return {
    ...fromCode,
    env: fromCode.env ?? env,
    ...(region === undefined ? {} : { region }),
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(mode === undefined ? {} : { stsRegionalEndpoints: mode }),
  };
}
