/**
 * Issues the temporary credentials of a new session and renders the `Credentials` member.
 * `lifetimeSeconds` (a test option) overrides the duration so a client's refresh can be
 * exercised in seconds.
 *
 * @internal
 */
import { isoSeconds } from '../clock.js';
import type { Principal } from '../identity/Principal.js';
import type { XmlObject } from '../server/xml.js';
import type { StsServices } from './StsServices.js';

/** @internal */
export interface IssuedSession {
  readonly credentials: XmlObject;
  readonly expiresAt: number;
}

/** @internal */
export function issueSession(
  services: StsServices,
  principal: Principal,
  durationSeconds: number,
  now: number,
  mfaAuthenticated = false,
): IssuedSession {
  const lifetime = services.lifetimeSeconds ?? durationSeconds;
  const issued = services.credentials.issue({ principal, expiresAt: now + lifetime * 1000, mfaAuthenticated });
  return {
    expiresAt: issued.expiresAt,
    credentials: {
      AccessKeyId: issued.accessKeyId,
      SecretAccessKey: issued.secretAccessKey,
      SessionToken: issued.sessionToken,
      Expiration: isoSeconds(issued.expiresAt),
    },
  };
}
