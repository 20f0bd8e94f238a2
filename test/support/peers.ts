/**
 * Peers we did not write (moto, the AWS CLI) may be missing on a user's machine. Tests that
 * need one say plainly that they were skipped; with STSKIT_REQUIRE_PEERS=1 (set by .ci/run)
 * a missing peer fails the run instead, so CI always exercises them.
 */
import { execFileSync } from 'node:child_process';

export const REQUIRE_PEERS = process.env.STSKIT_REQUIRE_PEERS === '1';

/** Returns true when `probe` finds the peer; otherwise reports the skip or throws under CI. */
export function peerAvailable(name: string, probe: () => boolean): boolean {
  let found = false;
  try {
    found = probe();
  } catch {
    found = false;
  }
  if (found) return true;
  if (REQUIRE_PEERS) {
    throw new Error(`${name} is required (STSKIT_REQUIRE_PEERS=1) but was not found`);
  }
  process.stderr.write(`SKIPPED: ${name} not found; the tests that need it were skipped\n`);
  return false;
}

export function commandWorks(command: string, args: readonly string[]): boolean {
  execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return true;
}

/** `describe` when the peer is present, `describe.skip` (announced) when it is not. */
export function describeWithPeer(name: string, probe: () => boolean): jest.Describe {
  return peerAvailable(name, probe) ? describe : describe.skip;
}

export const AWS_CLI_V2 = '/usr/bin/aws';
export const hasMoto = (): boolean => commandWorks('python3', ['-c', 'import moto.server']);
export const hasAwsCliV2 = (): boolean => commandWorks(AWS_CLI_V2, ['--version']);
