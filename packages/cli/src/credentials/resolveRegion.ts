import type { GlobalOptions } from '../args/globalOptions.js';
import type { CliIo } from '../io.js';

/**
 * The region to hand on to a child or print: `--region`, else `AWS_REGION`, else
 * `AWS_DEFAULT_REGION` (the order of the AWS CLI); `undefined` leaves the child's own
 * configuration in charge.
 *
 * @public
 */
export function resolveRegion(globals: GlobalOptions, io: CliIo): string | undefined {
  return globals.region ?? (io.env.AWS_REGION || undefined) ?? (io.env.AWS_DEFAULT_REGION || undefined);
}
