/**
 * Every key local-sts will accept a signature from: the world's long-term keys and the
 * temporary credentials it issued. Expired sessions stay known for a day, so a late caller
 * hears `ExpiredToken` (as from AWS) rather than `InvalidClientTokenId`.
 *
 * @internal
 */
import type { Clock } from '../clock.js';
import { TEMPORARY_KEY_PREFIX, mintAccessKeyId } from '../identity/accessKeyIds.js';
import type { Principal } from '../identity/Principal.js';
import { mintSecretAccessKey, mintSessionToken } from '../identity/secrets.js';
import type { Directory } from '../world/Directory.js';

/** A key that can sign requests, with what STS knows about its session. @internal */
export interface SigningCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Present for temporary credentials only. */
  readonly sessionToken?: string;
  /** Epoch ms; absent for long-term keys. */
  readonly expiresAt?: number;
  readonly principal: Principal;
  /** True when MFA was proven when the session was created (aws:MultiFactorAuthPresent). */
  readonly mfaAuthenticated: boolean;
}

/** What a new session is for. @internal */
export interface SessionGrant {
  readonly principal: Principal;
  readonly expiresAt: number;
  readonly mfaAuthenticated: boolean;
}

const FORGET_EXPIRED_AFTER_MS = 24 * 3600 * 1000;
const PRUNE_EVERY_ISSUES = 1024;

/** @internal */
export class CredentialStore {
  private readonly sessions = new Map<string, SigningCredential>();
  private issuedSincePrune = 0;

  constructor(
    private readonly directory: Directory,
    private readonly clock: Clock,
  ) {}

  /** The credential for `accessKeyId`, long-term or temporary, expired or not. */
  find(accessKeyId: string): SigningCredential | undefined {
    const session = this.sessions.get(accessKeyId);
    if (session) return session;
    const key = this.directory.longTermKeys.get(accessKeyId);
    if (!key) return undefined;
    const { user } = key;
    return {
      accessKeyId,
      secretAccessKey: key.secretAccessKey,
      principal: { type: 'IAMUser', accountId: user.accountId, arn: user.arn, userId: user.userId, userName: user.name },
      mfaAuthenticated: false,
    };
  }

  /** Mints temporary credentials (`ASIA…`) for a session. */
  issue(grant: SessionGrant): SigningCredential & { sessionToken: string; expiresAt: number } {
    this.pruneNowAndThen();
    const credential = {
      accessKeyId: mintAccessKeyId(TEMPORARY_KEY_PREFIX, grant.principal.accountId),
      secretAccessKey: mintSecretAccessKey(),
      sessionToken: mintSessionToken(),
      ...grant,
    };
    this.sessions.set(credential.accessKeyId, credential);
    return credential;
  }

  private pruneNowAndThen(): void {
    this.issuedSincePrune += 1;
    if (this.issuedSincePrune < PRUNE_EVERY_ISSUES) return;
    this.issuedSincePrune = 0;
    const forgetBefore = this.clock.now() - FORGET_EXPIRED_AFTER_MS;
    for (const [accessKeyId, session] of this.sessions) {
      if ((session.expiresAt ?? Infinity) < forgetBefore) this.sessions.delete(accessKeyId);
    }
  }
}
