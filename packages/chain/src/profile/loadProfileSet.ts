import { createRequire } from 'node:module';
import type { ParsedIniData } from '@smithy/types';
import { readEnv, type Environment } from '../env/Environment.js';
import { expandHome } from '../env/homeDir.js';
import type { Profile, ProfileSet } from './ProfileSet.js';

// From the package's bundled CommonJS build, which loads several times faster than its ESM
// build: a fresh process's time to its first credential is what a profile user waits for.
const { loadSharedConfigFiles } = createRequire(import.meta.url)(
  '@smithy/shared-ini-file-loader',
) as typeof import('@smithy/shared-ini-file-loader');

/** The config file. @public */
export const ENV_CONFIG_FILE = 'AWS_CONFIG_FILE';
/** The credentials file. @public */
export const ENV_SHARED_CREDENTIALS_FILE = 'AWS_SHARED_CREDENTIALS_FILE';
/** The profile, when none is passed in code. @public */
export const ENV_PROFILE = 'AWS_PROFILE';

const DEFAULT_PROFILE = 'default';
const SERVICES_PREFIX = 'services.';
// Sections of the config file that are not profiles.
const OTHER_SECTION_PREFIXES = [SERVICES_PREFIX, 'sso-session.'];

/**
 * Where the shared files are and which profile to use.
 *
 * @public
 */
export interface ProfileFilesInit {
  /** @defaultValue `AWS_PROFILE`, else `default` */
  readonly profile?: string;
  /** @defaultValue `AWS_CONFIG_FILE`, else `~/.aws/config` */
  readonly configFile?: string;
  /** @defaultValue `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials` */
  readonly credentialsFile?: string;
  /** Read for the variables above and `HOME`. @defaultValue `process.env` */
  readonly env?: Environment;
}

/**
 * Reads both shared files with `@smithy/shared-ini-file-loader`, as SDK v3 does (a missing
 * file reads as empty), and merges each profile key by key, the credentials file winning.
 * The first stage of three; see {@link resolveProfileChain} for the second.
 *
 * @internal
 */
export async function loadProfileSet(init: ProfileFilesInit, env: Environment): Promise<ProfileSet> {
  const configFile = expandHome(init.configFile ?? readEnv(env, ENV_CONFIG_FILE) ?? '~/.aws/config', env);
  const credentialsFile = expandHome(init.credentialsFile ?? readEnv(env, ENV_SHARED_CREDENTIALS_FILE) ?? '~/.aws/credentials', env);
  // ignoreCache: the loader caches files for the process; a long-running program (and a
  // test suite) must see edits.
  const files = await loadSharedConfigFiles({ configFilepath: configFile, filepath: credentialsFile, ignoreCache: true });
  const explicit = init.profile ?? readEnv(env, ENV_PROFILE);
  return {
    profiles: mergeProfiles([
      [files.configFile, configFile],
      [files.credentialsFile, credentialsFile],
    ]),
    services: servicesSections(files.configFile),
    selectedProfile: explicit ?? DEFAULT_PROFILE,
    explicitlySelected: explicit !== undefined,
    files: [configFile, credentialsFile],
  };
}

function mergeProfiles(sources: readonly (readonly [ParsedIniData, string])[]): Record<string, Profile> {
  const merged = new Map<string, { properties: Record<string, string>; origins: Record<string, string> }>();
  for (const [data, file] of sources) {
    for (const [name, section] of Object.entries(data)) {
      if (OTHER_SECTION_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
      const profile = merged.get(name) ?? { properties: {}, origins: {} };
      for (const [key, value] of Object.entries(section)) {
        if (value === undefined) continue;
        profile.properties[key] = value;
        profile.origins[key] = file;
      }
      merged.set(name, profile);
    }
  }
  return Object.fromEntries([...merged].map(([name, profile]) => [name, { name, ...profile }]));
}

function servicesSections(configFile: ParsedIniData): ProfileSet['services'] {
  const entries = Object.entries(configFile).filter(([name]) => name.startsWith(SERVICES_PREFIX));
  return Object.fromEntries(entries.map(([name, section]) => [name.slice(SERVICES_PREFIX.length), section as Record<string, string>]));
}
