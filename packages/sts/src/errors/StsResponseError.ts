import { StsError } from './StsError.js';

/** @public */
export interface StsResponseErrorDetails {
  readonly statusCode: number;
  /** The first characters of the body with every secret element blanked out. */
  readonly excerpt: string;
  readonly requestId?: string | undefined;
}

/**
 * A reply that is not a valid STS reply: not XML, truncated, an HTML page from a proxy,
 * larger than the client accepts, or missing what the operation must return.
 *
 * @public
 */
export class StsResponseError extends StsError {
  override name = 'StsResponseError';
  readonly statusCode: number;
  readonly excerpt: string;
  readonly requestId: string | undefined;

  constructor(reason: string, details: StsResponseErrorDetails, options?: ErrorOptions) {
    super(`${reason} (HTTP ${details.statusCode})`, options);
    this.statusCode = details.statusCode;
    this.excerpt = details.excerpt;
    this.requestId = details.requestId;
  }
}
