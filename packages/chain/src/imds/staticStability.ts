import type { Logger } from '@smithy/types';
import { createCredentials, type Credentials } from '@stskit/credentials';

/**
 * The clock, randomness and bound of {@link extendStaleCredentials}.
 *
 * @internal
 */
export interface StaticStabilityOptions {
  readonly now: number;
  readonly random: () => number;
  /** How long past their stated expiration credentials may still be served. */
  readonly staleToleranceMs: number;
  readonly logger: Logger | undefined;
}

const EXTENSION_MS = 5 * 60_000;
const EXTENSION_JITTER_MS = 5 * 60_000;

/** IMDS credentials and the expiration IMDS gave them, before any extension. @internal */
export interface ImdsCredentials {
  readonly credentials: Credentials;
  readonly originalExpiration: Date | undefined;
}

/**
 * Static stability, as the AWS SDKs implement it for IMDS: when IMDS is down (or hands out
 * credentials that have already expired), the last credentials are served with their
 * expiration moved 5 to 10 minutes ahead, so the cache tries IMDS again then, and a fleet
 * that lost IMDS together does not retry in lockstep. EC2 is built so that services keep
 * accepting instance credentials through such an outage.
 *
 * Never past what is safe: AWS does not say how long that acceptance lasts, so once the
 * credentials are `staleToleranceMs` past the expiration IMDS gave them, they are no longer
 * extended and the failure reaches callers.
 *
 * @returns the extended credentials, or `undefined` when they need no extension (more than
 *   5 minutes left) or may not have one
 * @internal
 */
export function extendStaleCredentials(stale: ImdsCredentials, options: StaticStabilityOptions): Credentials | undefined {
  const original = stale.originalExpiration?.getTime();
  // Credentials with more than the extension left need none: the cache keeps serving them
  // through a failed refresh on its own.
  if (original === undefined || original > options.now + EXTENSION_MS) return undefined;
  if (options.now > original + options.staleToleranceMs) return undefined;
  const extended = Math.min(options.now + EXTENSION_MS + options.random() * EXTENSION_JITTER_MS, original + options.staleToleranceMs);
  options.logger?.warn(
    `IMDS credentials expired at ${new Date(original).toISOString()}; serving them until ${new Date(extended).toISOString()} while the instance metadata service is unavailable`,
  );
  return createCredentials({ ...stale.credentials, expiration: new Date(extended) });
}
