import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalSts } from '@stskit/local-sts';
import type { ParsedCommandLine } from '../../args/OptionSpec.js';
import { stringValue } from '../../args/readValues.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Command } from '../Command.js';
import { demoProviders } from './demoProviders.js';
import { SdkWorkload } from './SdkWorkload.js';
import { StatusBoard } from './StatusBoard.js';
import { statusLines, summary } from './statusLines.js';

/** Often enough to show the refreshes never make the application wait. */
const CALL_INTERVAL_MS = 250;
/** Without a terminal, a status block every 5 seconds. */
const PLAIN_STATUS_EVERY = 20;
/**
 * Credentials refresh after a quarter of their life: every 22.5 s at 90 s, so each link
 * refreshes twice a minute, and the MFA session never needs codes faster than its device
 * gives them (see authenticatorApp).
 */
const DEFAULT_LIFETIME_SECONDS = 90;

/**
 * `stskit demo [--duration SECONDS] [--lifetime SECONDS]`: README's first command. It
 * needs nothing but Node: it starts local-sts in-process, builds an MFA session and a
 * two-account role chain on it, and runs an AWS SDK v3 client through the chain while the
 * credentials (issued for `--lifetime` seconds) refresh in the background.
 *
 * Exits 0 when every SDK call succeeded and no expired credentials were served.
 *
 * @public
 */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Watch stskit refresh an MFA session and a two-account role chain under an AWS SDK client',
  options: [
    { name: 'duration', kind: 'string', placeholder: 'seconds', description: 'How long to run (default: 60)' },
    { name: 'lifetime', kind: 'string', placeholder: 'seconds', description: `How long local-sts credentials last (default: ${DEFAULT_LIFETIME_SECONDS}; at least 120 for runs past a minute)` },
  ],
  examples: ['stskit demo', 'stskit demo --duration 300 --lifetime 120'],
  async run({ io, args }) {
    const durationMs = positiveSeconds(args, 'duration', 60) * 1000;
    const lifetimeSeconds = positiveSeconds(args, 'lifetime', DEFAULT_LIFETIME_SECONDS);
    const sts = await startLocalSts({ lifetimeSeconds });
    const links = demoProviders(sts, io.clock);
    const workload = new SdkWorkload(sts.endpoint, links[links.length - 1]!.provider, io.clock);
    const stats = links.map((link) => link.stats);
    const board = new StatusBoard(io.stdout, PLAIN_STATUS_EVERY);
    io.stdout.write(`local-sts on ${sts.endpoint}: credentials last ${lifetimeSeconds} s, refreshed in the background.\n\n`);
    try {
      const deadline = io.clock.now() + durationMs;
      while (io.clock.now() < deadline) {
        await workload.call();
        board.draw(statusLines(stats, workload, io.clock.now()));
        await sleep(CALL_INTERVAL_MS);
      }
      board.draw(statusLines(stats, workload, io.clock.now()), true);
    } finally {
      for (const link of links) link.provider.close();
      workload.destroy();
      await sts.close();
    }
    const result = summary(stats, workload);
    io.stdout.write(`\n${result.lines.join('\n')}\n`);
    return result.ok ? EXIT.ok : EXIT.other;
  },
};

function positiveSeconds(args: ParsedCommandLine, name: string, fallback: number): number {
  const text = stringValue(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!(value > 0)) throw new UsageError(`--${name} must be a positive number of seconds, got "${text}"`);
  return value;
}
