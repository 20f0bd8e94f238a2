import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { CliIo } from '../../io.js';

/**
 * Runs `program` with `env`, forwarding the signals the CLI receives, and resolves to its
 * exit code; a child killed by a signal gives `128 + signal number`, as shells report it.
 *
 * @throws Error when the program cannot be started (not found, not executable)
 * @public
 */
export function runChild(program: string, args: readonly string[], env: Record<string, string>, io: CliIo): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['inherit', io.childStdio, io.childStdio] });
    child.stdout?.on('data', (chunk: Buffer) => io.stdout.write(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    const unsubscribe = io.onSignal((signal) => child.kill(signal));
    child.once('error', (error: NodeJS.ErrnoException) => {
      unsubscribe();
      // The code says it all ("ENOENT"); Node's own message would only repeat the program.
      reject(new Error(`cannot run ${program}: ${error.code ?? error.message}`));
    });
    // 'close' rather than 'exit': piped output is complete only then.
    child.once('close', (code, signal) => {
      unsubscribe();
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
    });
  });
}
