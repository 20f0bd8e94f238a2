/**
 * The server's own JWT issuer for GetWebIdentityToken ("outbound web identity federation"):
 * one key pair per algorithm, made on first use, its public half published by
 * {@link OutboundTokenIssuer.jwks} so relying parties in tests can verify tokens.
 *
 * @internal
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';

/** Algorithms GetWebIdentityToken documents. @internal */
export const OUTBOUND_ALGORITHMS = ['RS256', 'ES384'] as const;

/** @internal */
export type OutboundAlgorithm = (typeof OUTBOUND_ALGORITHMS)[number];

/** @internal */
export interface OutboundTokenRequest {
  readonly algorithm: OutboundAlgorithm;
  readonly accountId: string;
  readonly subject: string;
  readonly audiences: readonly string[];
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly claims: Readonly<Record<string, string>>;
}

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** @internal */
export class OutboundTokenIssuer {
  private readonly keys = new Map<OutboundAlgorithm, Promise<SigningKey>>();

  /** The `iss` of tokens minted for `accountId`. */
  issuerOf(accountId: string): string {
    return `https://tokens.local-sts.test/${accountId}`;
  }

  async sign(request: OutboundTokenRequest): Promise<string> {
    const key = await this.key(request.algorithm);
    return new SignJWT({ ...request.claims })
      .setProtectedHeader({ alg: request.algorithm, kid: key.kid, typ: 'JWT' })
      .setIssuer(this.issuerOf(request.accountId))
      .setSubject(request.subject)
      .setAudience([...request.audiences])
      .setIssuedAt(Math.floor(request.issuedAt / 1000))
      .setExpirationTime(Math.floor(request.expiresAt / 1000))
      .setJti(randomUUID())
      .sign(key.privateKey);
  }

  /** Public keys of every algorithm used so far (or asked for). */
  async jwks(algorithms: readonly OutboundAlgorithm[] = OUTBOUND_ALGORITHMS): Promise<JSONWebKeySet> {
    const keys = await Promise.all(algorithms.map((algorithm) => this.key(algorithm)));
    return { keys: keys.map((key) => key.publicJwk) };
  }

  private key(algorithm: OutboundAlgorithm): Promise<SigningKey> {
    let key = this.keys.get(algorithm);
    if (!key) {
      key = makeKey(algorithm);
      this.keys.set(algorithm, key);
    }
    return key;
  }
}

async function makeKey(algorithm: OutboundAlgorithm): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(algorithm);
  const kid = randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: algorithm, use: 'sig' } };
}
