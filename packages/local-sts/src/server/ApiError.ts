/**
 * An error STS answers with: the `ErrorResponse` code, message and HTTP status. Rules throw
 * it; the server turns it into the XML envelope. Anything else thrown is a local-sts bug and
 * becomes `InternalFailure` (500).
 *
 * @internal
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
  }

  /** `Sender` for client faults (4xx), `Receiver` for server faults (5xx). */
  get faultType(): 'Sender' | 'Receiver' {
    return this.statusCode >= 500 ? 'Receiver' : 'Sender';
  }
}
