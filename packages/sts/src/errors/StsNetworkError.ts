import { StsError } from './StsError.js';

/**
 * The request never got a reply: the connection failed or was reset, or an attempt timed
 * out. `code` is the Node error code (`ECONNRESET`, `ECONNREFUSED`, …) or `TimeoutError`.
 *
 * @public
 */
export class StsNetworkError extends StsError {
  override name = 'StsNetworkError';
  readonly code: string;

  constructor(message: string, code: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
