const MINUTE_MS = 60_000;

/**
 * How long before expiry the advisory window opens, by credential lifetime: the first
 * tier whose `maxLifetimeMs` covers the lifetime applies. Longer-lived credentials
 * refresh earlier, so a failing source is noticed, and retried, long before expiry. These
 * are the tiers the Go, Rust and Python SDKs use.
 *
 * @internal
 */
export const ADVISORY_TIERS: readonly { readonly maxLifetimeMs: number; readonly leadMs: number }[] = [
  { maxLifetimeMs: 20 * MINUTE_MS, leadMs: 5 * MINUTE_MS },
  { maxLifetimeMs: 90 * MINUTE_MS, leadMs: 15 * MINUTE_MS },
  { maxLifetimeMs: Infinity, leadMs: 60 * MINUTE_MS },
];

/**
 * How long before expiry the mandatory window opens: from then on callers wait for new
 * credentials rather than risk using ones that expire in flight or under clock skew.
 *
 * @internal
 */
export const MANDATORY_LEAD_MS = MINUTE_MS;

/**
 * The moments, in epoch milliseconds, that govern one set of cached credentials.
 *
 * @internal
 */
export interface RefreshWindows {
  /** From here a refresh starts, while callers still get the cached credentials. */
  readonly advisoryAt: number;
  /** From here callers wait for the refresh. */
  readonly mandatoryAt: number;
  /** From here the credentials are never handed out. */
  readonly expiresAt: number;
}

/** Windows of credentials that never expire: nothing ever opens. */
const STATIC_WINDOWS: RefreshWindows = { advisoryAt: Infinity, mandatoryAt: Infinity, expiresAt: Infinity };

/**
 * The advisory lead for credentials of the given lifetime.
 *
 * @internal
 */
export function advisoryLeadMs(lifetimeMs: number): number {
  const tier = ADVISORY_TIERS.find(({ maxLifetimeMs }) => lifetimeMs <= maxLifetimeMs);
  // The last tier is unbounded, so a tier is always found; the fallback only satisfies
  // the type checker.
  return tier?.leadMs ?? MANDATORY_LEAD_MS;
}

/**
 * The windows of credentials received at `receivedAt` that expire at `expiresAt`
 * (`undefined` for credentials that never expire).
 *
 * Neither window opens before half the lifetime has passed. STS never issues credentials
 * shorter than 15 minutes, but other sources (a credential process, a cache file) can
 * hand over credentials that are nearly spent; without this floor every call would
 * start, or wait on, a new fetch.
 *
 * @internal
 */
export function refreshWindows(receivedAt: number, expiresAt: number | undefined): RefreshWindows {
  if (expiresAt === undefined) return STATIC_WINDOWS;
  const lifetimeMs = expiresAt - receivedAt;
  const halfLife = receivedAt + lifetimeMs / 2;
  return {
    advisoryAt: Math.max(expiresAt - advisoryLeadMs(lifetimeMs), halfLife),
    mandatoryAt: Math.max(expiresAt - MANDATORY_LEAD_MS, halfLife),
    expiresAt,
  };
}
