import type { CredentialProvider, Credentials, RefreshOptions } from '@stskit/credentials';

/**
 * What the demo shows of one provider: who it is, when its credentials expire, how often
 * it refreshed and how many STS calls that took. Fed by the providers' own hooks, so it
 * shows what the providers did, not what the demo guesses.
 *
 * @internal
 */
export class ProviderStats {
  /** Credentials received, the first fetch included. */
  fetches = 0;
  /** Fetches that failed (retried by the cache while its credentials stay valid). */
  failures = 0;
  expiration: Date | undefined;
  /** The account the current credentials belong to, when the provider knows it. */
  accountId: string | undefined;

  /** @param label - the provider's line in the status board, e.g. `MFA session` */
  constructor(readonly label: string, readonly identity: string) {}

  /** New credentials after the first ones. */
  get refreshes(): number {
    return Math.max(0, this.fetches - 1);
  }

  /** Every fetch is one STS call (the client's retries aside). */
  get stsCalls(): number {
    return this.fetches + this.failures;
  }

  /** The hooks to pass to the provider this object watches. */
  hooks(): Pick<RefreshOptions, 'onRefresh' | 'onRefreshError'> {
    return {
      onRefresh: (credentials: Credentials) => {
        this.fetches += 1;
        this.expiration = credentials.expiration;
        this.accountId = credentials.accountId ?? this.accountId;
      },
      onRefreshError: () => {
        this.failures += 1;
      },
    };
  }
}

/** A provider and what it did. @internal */
export interface WatchedProvider {
  readonly provider: CredentialProvider;
  readonly stats: ProviderStats;
}
