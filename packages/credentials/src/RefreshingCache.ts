import { BackgroundRefresher, backgroundRefreshAt } from './backgroundRefresher.js';
import { retryDelayMs } from './backoff.js';
import type { Clock, Scheduler } from './clock.js';
import type { CredentialsError } from './CredentialsError.js';
import { callHook } from './hooks.js';
import { unusableCredentialsError } from './fetchedCredentials.js';
import { refreshError, spentOnArrivalError, unexpectedError } from './refreshError.js';
import { refreshWindows, type RefreshWindows } from './refreshWindows.js';
import type { Credentials, RefreshMode } from './types.js';

/**
 * While callers would wait, failed attempts are at least this far apart: calls arriving
 * within it get the failure at once instead of sending STS another doomed request each.
 *
 * @internal
 */
export const MIN_ATTEMPT_INTERVAL_MS = 1_000;

/** Nothing cached: every window has already opened. */
const NO_WINDOWS: RefreshWindows = { advisoryAt: -Infinity, mandatoryAt: -Infinity, expiresAt: -Infinity };

/** @internal */
export interface RefreshingCacheConfig {
  readonly fetch: () => Promise<Credentials>;
  readonly providerName: string;
  readonly refresh: RefreshMode;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly random: () => number;
  readonly isRecoverable: (error: unknown) => boolean;
  readonly onRefresh: ((credentials: Credentials) => void) | undefined;
  readonly onRefreshError: ((error: CredentialsError) => void) | undefined;
}

/**
 * The state machine behind every refreshing provider; the README's "Refreshing cache"
 * section is its specification. All times are epoch milliseconds from the injected clock.
 *
 * @internal
 */
export class RefreshingCache {
  readonly #config: RefreshingCacheConfig;
  readonly #background: BackgroundRefresher | undefined;
  #cached: Credentials | undefined;
  /** Resolved with `#cached`; handed to every caller, so a hit allocates nothing. */
  #served: Promise<Credentials> | undefined;
  #windows = NO_WINDOWS;
  /** Until then, callers get `#served` and nothing else happens. */
  #quietUntil = -Infinity;
  #inFlight: Promise<Credentials> | undefined;
  /** The last failure, given to callers that would wait until `until`. */
  #failure: { readonly error: CredentialsError; readonly until: number } | undefined;

  constructor(config: RefreshingCacheConfig) {
    this.#config = config;
    this.#background =
      config.refresh === 'background'
        ? new BackgroundRefresher(config.clock, config.scheduler, () => void this.#refresh())
        : undefined;
  }

  /** Credentials for one call; the first line is the hot path. */
  get(forceRefresh: boolean): Promise<Credentials> {
    const now = this.#config.clock.now();
    const served = this.#served;
    if (now < this.#quietUntil && !forceRefresh && served !== undefined) return served;
    if (forceRefresh) return this.#refresh();
    if (now < this.#windows.mandatoryAt && served !== undefined) {
      // Advisory window: one refresh starts behind the caller, who does not wait for it.
      void this.#refresh();
      return served;
    }
    if (this.#failure !== undefined && now < this.#failure.until) return Promise.reject(this.#failure.error);
    return this.#refresh();
  }

  /** Stops background refresh for good; calls keep refreshing lazily. */
  close(): void {
    this.#background?.close();
  }

  /** Joins the refresh in flight or starts one. */
  #refresh(): Promise<Credentials> {
    this.#inFlight ??= this.#startRefresh();
    return this.#inFlight;
  }

  #startRefresh(): Promise<Credentials> {
    // The async wrapper turns a fetch that throws synchronously into a rejection.
    const refresh = (async () => this.#config.fetch())()
      .then(
        (credentials) => {
          this.#inFlight = undefined;
          return this.#accept(credentials);
        },
        (error: unknown) => {
          this.#inFlight = undefined;
          return this.#recover(error);
        },
      )
      // What a user-given clock, random or isRecoverable threw still reaches callers typed.
      .catch((error: unknown) => {
        throw unexpectedError(this.#config.providerName, error);
      });
    // Advisory and background refreshes have no caller to take a rejection; their
    // failures are reported through onRefreshError.
    refresh.catch(() => undefined);
    return refresh;
  }

  #accept(credentials: Credentials): Credentials {
    // Fetch results are checked here, once each, so cached calls need not check anything.
    const unusable = unusableCredentialsError(this.#config.providerName, credentials);
    if (unusable !== undefined) return this.#recover(unusable);
    const now = this.#config.clock.now();
    const expiresAt = credentials.expiration?.getTime();
    if (expiresAt !== undefined && !(expiresAt > now)) {
      return this.#recover(spentOnArrivalError(this.#config.providerName, expiresAt));
    }
    this.#cached = credentials;
    this.#served = Promise.resolve(credentials);
    this.#windows = refreshWindows(now, expiresAt);
    this.#failure = undefined;
    this.#quietUntil =
      this.#background === undefined ? this.#windows.advisoryAt : backgroundRefreshAt(this.#windows, this.#config.random);
    this.#background?.scheduleAt(this.#quietUntil);
    callHook(this.#config.onRefresh, credentials);
    return credentials;
  }

  /**
   * Decides what a failed refresh means for its waiting callers: still-valid credentials
   * if retrying may help, otherwise the error.
   */
  #recover(cause: unknown): Credentials {
    const now = this.#config.clock.now();
    const { mandatoryAt, expiresAt } = this.#windows;
    const cached = this.#cached;
    const expiredAt = cached !== undefined && now >= expiresAt ? expiresAt : undefined;
    const error = refreshError(this.#config.providerName, cause, expiredAt);
    callHook(this.#config.onRefreshError, error);
    if (cached !== undefined && now < expiresAt && this.#config.isRecoverable(cause)) {
      // Static stability: keep serving, and retry before the next window boundary.
      const boundary = now < mandatoryAt ? mandatoryAt : expiresAt;
      this.#quietUntil = now + retryDelayMs(this.#config.random, boundary - now);
      this.#background?.scheduleAt(this.#quietUntil);
      return cached;
    }
    if (now < mandatoryAt) {
      // Retrying will not help, but callers need not wait yet: leave the error to the
      // mandatory window instead of retrying in a loop until then.
      this.#quietUntil = mandatoryAt;
      this.#background?.scheduleAt(mandatoryAt);
    } else {
      this.#failure = { error, until: now + MIN_ATTEMPT_INTERVAL_MS };
      this.#background?.cancel();
    }
    throw error;
  }
}
