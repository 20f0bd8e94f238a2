import { CredentialsError, type CredentialsErrorKind } from '@stskit/credentials';
import { describeKey, fileOf, type Profile } from './ProfileSet.js';

/**
 * A problem with the shared config files: names the profile, and the key and file when one
 * is at fault. `cycle` holds the profiles of a `source_profile` loop, first repeated last.
 *
 * @public
 */
export class ProfileError extends CredentialsError {
  override name = 'ProfileError';
  readonly profile: string;
  readonly key: string | undefined;
  readonly file: string | undefined;
  readonly cycle: readonly string[] | undefined;

  constructor(
    message: string,
    options: { readonly kind: CredentialsErrorKind; readonly profile: string; readonly key?: string; readonly file?: string; readonly cycle?: readonly string[] },
  ) {
    super(message, { kind: options.kind });
    this.profile = options.profile;
    this.key = options.key;
    this.file = options.file;
    this.cycle = options.cycle;
  }

  /** A key that is missing, malformed or contradicted: `InvalidConfiguration`. @internal */
  static atKey(profile: Profile, key: string, problem: string): ProfileError {
    const file = fileOf(profile, key);
    return new ProfileError(`${describeKey(profile, key)} ${problem}`, {
      kind: 'InvalidConfiguration',
      profile: profile.name,
      key,
      ...(file === undefined ? {} : { file }),
    });
  }
}
