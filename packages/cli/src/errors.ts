/**
 * The AWS CLI's exit codes, which scripts already test for.
 *
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-returncodes.html
 * @public
 */
export const EXIT = {
  ok: 0,
  /** Bad command line: unknown command or flag, missing or malformed value. */
  usage: 252,
  /** No credentials, or a configuration that cannot work. */
  configuration: 253,
  /** STS answered with an error. */
  service: 254,
  /** Anything else: network failures, bad replies, failed child processes. */
  other: 255,
} as const;

/**
 * A command line the CLI cannot run. Exits with {@link EXIT.usage} and points at `--help`.
 *
 * @public
 */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/**
 * A setup that cannot work, found by the CLI itself (for example no credentials anywhere).
 * Exits with {@link EXIT.configuration}.
 *
 * @public
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
