import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { systemClock, type Clock } from '@stskit/credentials';
import type { CliIo, InputStream } from '../../src/io.js';
import { main } from '../../src/main.js';

/** What one in-process `stskit` run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}: what the command sees of the outside world. */
export interface RunCliOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdin?: InputStream;
  readonly clock?: Clock;
  readonly stdoutIsTty?: boolean;
  /** Emit `'signal'` with a signal name to deliver it to the command. */
  readonly signals?: EventEmitter;
  /** Called with everything written to stdout so far, on each write. */
  readonly onStdout?: (stdout: string) => void;
}

/** Runs `stskit argv...` in-process with captured output and an injected environment. */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const signals = options.signals ?? new EventEmitter();
  const io: CliIo = {
    stdin: options.stdin ?? new PassThrough(),
    stdout: {
      write: (text: string) => {
        stdout += text;
        options.onStdout?.(stdout);
      },
      isTTY: options.stdoutIsTty ?? false,
    },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: options.env ?? {},
    clock: options.clock ?? systemClock,
    onSignal: (listener) => {
      signals.on('signal', listener);
      return () => signals.off('signal', listener);
    },
    childStdio: 'pipe',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
