import { StsError } from './StsError.js';

/**
 * The client's configuration cannot work: no region, a bad environment value (the message
 * names the variable), or a combination the endpoint rule set rejects (the message is the
 * rule set's own, e.g. `Invalid Configuration: FIPS and custom endpoint are not supported`).
 * Raised before any request is sent.
 *
 * @public
 */
export class StsConfigurationError extends StsError {
  override name = 'StsConfigurationError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
