import { systemClock, type Clock } from '../clock.js';

/**
 * The role session name used when none is given: `stskit-` and the time in epoch
 * milliseconds, as AWS SDK v3 uses `aws-sdk-js-<ms>`. It shows in CloudTrail as the
 * session's name, so give a meaningful `roleSessionName` where people read the trail.
 *
 * @param clock - the time source
 * @returns e.g. `stskit-1735689600000`
 *
 * @public
 */
export function defaultSessionName(clock: Clock = systemClock): string {
  return `stskit-${clock.now()}`;
}
