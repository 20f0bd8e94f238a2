/**
 * The state rules share, passed explicitly so each rule states what it uses and tests can
 * build one with a fake clock.
 *
 * @internal
 */
import type { Clock } from '../clock.js';
import type { CredentialStore } from '../auth/CredentialStore.js';
import type { MfaVerifier } from '../mfa/MfaVerifier.js';
import type { Directory } from '../world/Directory.js';
import type { AuthorizationMessages } from '../tokens/AuthorizationMessages.js';
import type { TradeInTokens } from '../tokens/TradeInTokens.js';
import type { OutboundTokenIssuer } from '../tokens/OutboundTokenIssuer.js';

/** @internal */
export interface StsServices {
  readonly directory: Directory;
  readonly credentials: CredentialStore;
  readonly clock: Clock;
  readonly mfa: MfaVerifier;
  readonly authorizationMessages: AuthorizationMessages;
  readonly tradeInTokens: TradeInTokens;
  readonly outboundTokens: OutboundTokenIssuer;
  /** When set, every credential issued lasts this long, whatever was asked. */
  readonly lifetimeSeconds?: number;
}
