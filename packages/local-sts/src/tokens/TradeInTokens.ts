/**
 * Trade-in tokens for GetDelegatedAccessToken: opaque, single-use, short-lived grants of a
 * role's session, minted by the test through the handle (on AWS another service mints them).
 *
 * @internal
 */
import { randomBytes } from 'node:crypto';

/** @internal */
export interface TradeInGrant {
  readonly roleArn: string;
  readonly expiresAt: number;
}

/** @internal */
export type Redemption = { readonly status: 'valid'; readonly grant: TradeInGrant } | { readonly status: 'unknown' | 'expired' };

/** @internal */
export class TradeInTokens {
  private readonly grants = new Map<string, TradeInGrant>();

  mint(grant: TradeInGrant): string {
    const token = `tit-${randomBytes(32).toString('base64url')}`;
    this.grants.set(token, grant);
    return token;
  }

  /** Spends `token`; an expired one is spent too, since it can never become valid. */
  redeem(token: string, now: number): Redemption {
    const grant = this.grants.get(token);
    if (!grant) return { status: 'unknown' };
    this.grants.delete(token);
    return grant.expiresAt <= now ? { status: 'expired' } : { status: 'valid', grant };
  }
}
