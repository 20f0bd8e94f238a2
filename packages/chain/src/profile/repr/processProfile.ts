import { property, type Profile } from '../ProfileSet.js';
import { KEY } from '../profileKeys.js';
import type { ProcessBase } from './ProfileChain.js';

/**
 * A profile whose credentials an external command prints:
 *
 * ```ini
 * [profile vault]
 * credential_process = aws-vault exec work --json
 * ```
 *
 * @internal
 */
export function isProcessProfile(profile: Profile): boolean {
  return property(profile, KEY.credentialProcess) !== undefined;
}

/** @internal */
export function resolveProcess(profile: Profile): ProcessBase {
  return { kind: 'Process', profile: profile.name, command: property(profile, KEY.credentialProcess)! };
}
