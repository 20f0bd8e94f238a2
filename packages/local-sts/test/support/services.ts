/**
 * Builds the services rules run against, over the default world and a clock the test moves,
 * so rules can be tested without HTTP.
 */
import { generateKeyPair, exportJWK } from 'jose';
import { CredentialStore, type SigningCredential } from '../../src/auth/CredentialStore.js';
import { AdjustableClock } from '../../src/clock.js';
import { MfaVerifier } from '../../src/mfa/MfaVerifier.js';
import type { StsServices } from '../../src/rules/StsServices.js';
import { AuthorizationMessages } from '../../src/tokens/AuthorizationMessages.js';
import { OutboundTokenIssuer } from '../../src/tokens/OutboundTokenIssuer.js';
import { TradeInTokens } from '../../src/tokens/TradeInTokens.js';
import { DEFAULT_WORLD, defaultWorld } from '../../src/world/defaultWorld.js';
import { Directory } from '../../src/world/Directory.js';

export const START = Date.UTC(2026, 0, 1, 12, 0, 10);

export interface TestServices extends StsServices {
  readonly clock: AdjustableClock;
  /** The default user's long-term credential. */
  readonly alice: SigningCredential;
}

export async function testServices(lifetimeSeconds?: number): Promise<TestServices> {
  const { publicKey } = await generateKeyPair('RS256');
  const directory = new Directory(defaultWorld(await exportJWK(publicKey)));
  const clock = new AdjustableClock({ now: () => START });
  const credentials = new CredentialStore(directory, clock);
  return {
    directory,
    clock,
    credentials,
    mfa: new MfaVerifier(clock),
    authorizationMessages: new AuthorizationMessages(),
    tradeInTokens: new TradeInTokens(),
    outboundTokens: new OutboundTokenIssuer(),
    ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }),
    alice: credentials.find(DEFAULT_WORLD.accessKeyId)!,
  };
}

/** The context a signed rule sees. */
export function signedContext(services: TestServices, caller: SigningCredential) {
  return { services, caller, now: services.clock.now(), identify: () => undefined };
}
