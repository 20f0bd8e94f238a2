import { spawn } from 'node:child_process';
import type { Environment } from '../env/Environment.js';

/**
 * How a command ended: its exit code (or the signal that killed it) and what it printed.
 *
 * @internal
 */
export interface ProcessResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/**
 * Options of {@link runProcess}.
 *
 * @internal
 */
export interface RunProcessOptions {
  readonly timeoutMs: number;
  readonly env: Environment;
}

// Output past this is cut: a credential reply is a few kilobytes, and a runaway process
// must not exhaust memory.
const MAX_OUTPUT_BYTES = 1024 * 1024;

/**
 * Runs a command line through the shell, as the AWS SDK for JavaScript runs
 * `credential_process` (so quoting, `~` and pipes work as users expect), and collects its
 * output. The command runs in its own process group so that, on timeout, the shell and
 * everything it started are killed, not just the shell.
 *
 * Never rejects for what the command did: the caller decides what a non-zero exit or a
 * timeout means. Rejects only when the shell cannot be started.
 *
 * @internal
 */
export function runProcess(command: string, options: RunProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, detached: true, env: { ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, stdout: stdout(), stderr: stderr(), timedOut });
    });
  });
}

function collect(stream: NodeJS.ReadableStream): () => string {
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on('data', (chunk: Buffer) => {
    if (size >= MAX_OUTPUT_BYTES) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).subarray(0, MAX_OUTPUT_BYTES).toString('utf8');
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Describes how a command failed, for an error message: the exit code or signal, and the
 * tail of its stderr. Never its stdout, which may hold the secrets it was printing.
 *
 * @internal
 */
export function describeFailure(result: ProcessResult, timeoutMs: number): string | undefined {
  if (result.timedOut) return `did not finish within ${timeoutMs} ms and was killed`;
  if (result.exitCode === 0) return undefined;
  const ending = result.exitCode === null ? `was killed by ${result.signal ?? 'a signal'}` : `exited with code ${result.exitCode}`;
  const stderr = result.stderr.trim();
  return stderr === '' ? ending : `${ending}; its stderr: ${stderr.slice(-2000)}`;
}
