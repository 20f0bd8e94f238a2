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

/** The share of a lifetime that passes before any window opens, see {@link refreshWindows}. */
const MIN_LIFETIME_USED = 1 / 4;

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
 * Neither window opens before a quarter of the lifetime has passed. STS never issues
 * credentials shorter than 15 minutes, but other sources (a credential process, a cache
 * file) can hand over credentials that are nearly spent; without this floor every call
 * would start, or wait on, a new fetch. A quarter leaves every tier exact for lifetimes of
 * 6 minutes 40 seconds and more (the advisory lead is at most three quarters of any
 * lifetime its tier covers from there on).
 *
 * @internal
 */
export function refreshWindows(receivedAt: number, expiresAt: number | undefined): RefreshWindows {
  if (expiresAt === undefined) return STATIC_WINDOWS;
  const lifetimeMs = expiresAt - receivedAt;
  const earliest = receivedAt + lifetimeMs * MIN_LIFETIME_USED;
  return {
    advisoryAt: Math.max(expiresAt - advisoryLeadMs(lifetimeMs), earliest),
    mandatoryAt: Math.max(expiresAt - MANDATORY_LEAD_MS, earliest),
    expiresAt,
  };
}
