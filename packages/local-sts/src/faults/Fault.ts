/**
 * Scripted misbehaviour, for testing how clients cope with a bad day at STS.
 *
 * @public
 */
import type { StsOperationName } from '@stskit/sts/protocol';

/**
 * What to do to a request:
 * - `error`: answer with this `ErrorResponse` (status defaults to 400, or 500+ for `Receiver` codes you choose);
 * - `throttle`: `Throttling` / 400 / "Rate exceeded", the code STS really sends;
 * - `latency`: wait `ms` (real time) before handling the request normally;
 * - `drop`: close the connection without answering;
 * - `hang`: accept the request and never answer (until `close()`);
 * - `malformed`: 200 with a body that is not XML;
 * - `truncated`: the real reply cut in half, then the connection closed;
 * - `html`: an HTML error page, as a proxy or load balancer sends (default status 502).
 *
 * @public
 */
export type Fault =
  | { readonly kind: 'error'; readonly code: string; readonly status?: number; readonly message?: string }
  | { readonly kind: 'throttle' }
  | { readonly kind: 'latency'; readonly ms: number }
  | { readonly kind: 'drop' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'html'; readonly status?: number };

/**
 * A fault applied to the next `times` calls of `action` (every action when omitted).
 *
 * @example
 * ```ts
 * sts.faults.add({ action: 'AssumeRole', times: 3, fault: { kind: 'throttle' } });
 * ```
 * @public
 */
export interface FaultRule {
  readonly action?: StsOperationName;
  /** @defaultValue Infinity */
  readonly times?: number;
  readonly fault: Fault;
}
