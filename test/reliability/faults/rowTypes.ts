/**
 * The vocabulary of the fault matrix: what a row's subject is, what fault it meets, and the
 * outcome it expects.
 */
import type { CredentialProvider, CredentialsErrorKind } from '@stskit/credentials';
import type { StsOperationName } from '@stskit/sts';
import { MINUTE, type RowWorld } from './RowWorld.js';

/** What a row expects the provider's caller to get. */
export type Outcome =
  | { readonly kind: 'succeeded' }
  | { readonly kind: 'retried and succeeded' }
  | { readonly kind: 'refreshed' }
  | { readonly kind: 'stale credentials served' }
  | {
      readonly kind: 'typed error';
      readonly errorKind: CredentialsErrorKind;
      /** The error's name or code somewhere along the cause chain. */
      readonly cause: string;
      /** What a subject that reports only text (the CLI) must say instead, when it names no cause. */
      readonly says?: RegExp;
    };

export interface Subject {
  readonly name: string;
  /** Which of the shared STS faults apply (all when absent). */
  readonly meets?: (fault: FaultSpec) => boolean;
  /** False for the operations STS takes unsigned (web identity, SAML): no request time to refuse. */
  readonly signed?: boolean;
  /** The STS action its refresh calls, for faults scripted in local-sts. */
  readonly action?: StsOperationName;
  create(world: RowWorld): Promise<CredentialProvider>;
}

/**
 * `cold`: the fault meets the first fetch. `warm`: the provider first gets credentials, the
 * fault starts, and the call comes 14.5 minutes later, in the mandatory window of 15-minute
 * credentials (the caller must wait for a refresh unless cached ones may be served).
 */
export type Phase = 'cold' | 'warm';

export interface FaultSpec {
  readonly name: string;
  readonly phase: Phase;
  apply(world: RowWorld, subject: Subject): void | Promise<void>;
  /** The outcome, or how it depends on the subject. */
  readonly expect: Outcome | ((subject: Subject) => Outcome);
}

export interface FaultRow {
  readonly subject: Subject;
  readonly fault: FaultSpec;
  /**
   * A bug this row finds and its owner has not fixed yet: the row runs as `it.failing`, so it
   * fails loudly once fixed, to be moved back among the passing rows.
   */
  readonly knownIssue?: string;
}

/** How long after warming up a `warm` row calls: inside the mandatory window of 15-minute credentials. */
export const WARM_ADVANCE_MS = 14.5 * MINUTE;

export const retried: Outcome = { kind: 'retried and succeeded' };
export const stale: Outcome = { kind: 'stale credentials served' };

export function failed(errorKind: CredentialsErrorKind, cause: string, says?: RegExp): Outcome {
  return { kind: 'typed error', errorKind, cause, ...(says ? { says } : {}) };
}
