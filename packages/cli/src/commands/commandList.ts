import type { Command } from './Command.js';
import { credentialProcessCommand } from './credentialProcess.js';
import { demoCommand } from './demo/demo.js';
import { envCommand } from './env.js';
import { execCommand } from './exec/exec.js';
import { localStsCommand } from './localSts.js';
import { STS_COMMANDS } from './sts/stsCommands.js';

/**
 * Every `stskit` command, in the order `stskit help` lists them.
 *
 * @internal
 */
export const COMMANDS: readonly Command[] = [...STS_COMMANDS, credentialProcessCommand, envCommand, execCommand, localStsCommand, demoCommand];
