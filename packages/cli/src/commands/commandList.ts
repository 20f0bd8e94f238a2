import type { Command } from './Command.js';
import { STS_COMMANDS } from './sts/stsCommands.js';

/**
 * Every `stskit` command, in the order `stskit help` lists them.
 *
 * @internal
 */
export const COMMANDS: readonly Command[] = [...STS_COMMANDS];
