import type { Clock } from '@stskit/credentials';

/**
 * The stream a command writes to: `process.stdout`/`stderr`, or a test double. `isTTY`
 * decides whether the demo redraws its status lines in place.
 *
 * @public
 */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * The stream the MFA prompt reads: `process.stdin`, or a test double. A terminal has
 * `isTTY` and `setRawMode`, which lets the prompt read the code without echoing it.
 *
 * @public
 */
export interface InputStream extends NodeJS.EventEmitter {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
}

/**
 * Everything the CLI touches outside itself, injected into `main()` so that tests run
 * every command in-process with their own streams, environment and time.
 *
 * @public
 */
export interface CliIo {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The environment the CLI reads (and passes on to child processes). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The time source of the commands that show or compute time. */
  readonly clock: Clock;
  /**
   * Subscribes to the termination signals the process receives (SIGINT, SIGTERM, SIGHUP),
   * which `exec` forwards to its child and `local-sts` stops on. Returns the unsubscribe.
   */
  readonly onSignal: (listener: (signal: NodeJS.Signals) => void) => () => void;
  /**
   * How `exec` gives its child stdio: `'inherit'` in the real CLI, so the child keeps the
   * terminal; `'pipe'` in tests, the child's output then being copied to `stdout`/`stderr`.
   */
  readonly childStdio: 'inherit' | 'pipe';
}
