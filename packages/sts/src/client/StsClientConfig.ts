import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import type { StsEndpointOptions } from '../endpoints/resolveEndpointParameters.js';
import type { Clock } from '../signing/ClockOffset.js';

/**
 * Options of `new StsClient(config)`. Every option is optional: the endpoint options
 * (region, custom endpoint, FIPS, dual-stack, legacy global endpoint) also come from the
 * environment, as in the AWS SDKs.
 *
 * @public
 */
export interface StsClientConfig extends StsEndpointOptions {
  /**
   * Credentials that sign requests: static, or any async provider (every SDK v3 provider
   * fits), called before every signed request so a refreshing provider is always current.
   * AssumeRoleWithSAML and AssumeRoleWithWebIdentity are sent unsigned and need none.
   */
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per call, the first included. @default 3 */
  readonly maxAttempts?: number;
  /** Deadline of one attempt, from connect to the last byte of the reply. @default 10000 */
  readonly requestTimeoutMs?: number;
  /** Receives one line per attempt (action, attempt, status, request id, latency); never a secret. */
  readonly logger?: Logger;
  /** The time used to sign requests. @default the system clock */
  readonly clock?: Clock;
  /** Waits between attempts; inject to run retry tests with fake time. */
  readonly sleep?: (ms: number, abortSignal?: AbortSignal) => Promise<void>;
  /** The environment read for region and endpoint settings. @default `process.env` */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Options of one call. @public */
export interface CallOptions {
  /** Aborts the call, including a wait between attempts; it rejects with the signal's reason. */
  readonly abortSignal?: AbortSignal;
}

/** What every output carries besides the operation's own members, as in AWS SDK v3. @public */
export interface ResponseMetadata {
  readonly httpStatusCode: number;
  readonly requestId?: string | undefined;
  /** Attempts made, the first included. */
  readonly attempts: number;
  /** Milliseconds spent waiting between attempts. */
  readonly totalRetryDelay: number;
}

/** @public */
export type WithMetadata<T> = T & { readonly $metadata: ResponseMetadata };
