/**
 * The parsed shared config and credentials files: plain data, the input of the pure
 * {@link resolveProfileChain} stage.
 */

/**
 * One profile, merged from both files (the credentials file wins key by key, as in the
 * AWS CLI and every SDK), remembering which file each key came from so that every
 * configuration error can name it.
 *
 * @public
 */
export interface Profile {
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  /** The file each property was read from. */
  readonly origins: Readonly<Record<string, string>>;
}

/**
 * Every profile and `services` section, and which profile was chosen.
 *
 * @public
 */
export interface ProfileSet {
  readonly profiles: Readonly<Record<string, Profile>>;
  /** `[services NAME]` sections: `sts.endpoint_url = …` reads as key `sts.endpoint_url`. */
  readonly services: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly selectedProfile: string;
  /** True when the profile was named (option or `AWS_PROFILE`), not the implicit `default`. */
  readonly explicitlySelected: boolean;
  /** The files read, for "profile not found in …" messages. */
  readonly files: readonly string[];
}

/**
 * A profile's property, when set and not empty.
 *
 * @internal
 */
export function property(profile: Profile, key: string): string | undefined {
  const value = profile.properties[key];
  return value === '' ? undefined : value;
}

/**
 * Where a key was set, for messages: `key role_arn of profile "dev" (~/.aws/config)`.
 *
 * @internal
 */
export function describeKey(profile: Profile, key: string): string {
  const file = fileOf(profile, key);
  return `${key} of profile "${profile.name}"${file === undefined ? '' : ` (${file})`}`;
}

/**
 * The file a key was read from; for a missing key, the file that defines the profile.
 *
 * @internal
 */
export function fileOf(profile: Profile, key: string): string | undefined {
  return profile.origins[key] ?? Object.values(profile.origins)[0];
}
