/**
 * A reply as the HTTP layer writes it, including the ways a faulty server fails to write one.
 *
 * @internal
 */
export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  /** Request ID for the `x-amzn-RequestId` header; absent on replies that never reached STS. */
  readonly requestId?: string;
  /** `normal`, or a scripted transport fault. */
  readonly delivery: 'normal' | 'truncated' | 'drop' | 'hang';
}
