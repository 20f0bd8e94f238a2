/**
 * The base of every error `@stskit/sts` throws, so callers can tell ours from anything else
 * with one `instanceof`.
 *
 * @public
 */
export class StsError extends Error {
  override name = 'StsError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
