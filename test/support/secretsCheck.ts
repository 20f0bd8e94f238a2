/**
 * One secret check over the whole test run (register it in jest's `setupFilesAfterEnv` for
 * every project). It
 * 1. learns every secret in flight: each HTTP request and reply body written in the process
 *    (local-sts's issued keys and tokens, the tokens, assertions and MFA codes clients send,
 *    IMDS and container replies) goes through `harvestSecrets`; tests add their own with
 *    `registerSecret`;
 * 2. captures what tests log: `console.*` and writes to `process.stdout`/`process.stderr`;
 * 3. after each test, fails it if the captured output holds a secret of the ledger.
 *
 * Commands whose job is to print credentials (`credential-process`, `env`) write to the
 * `CliIo` a test gives them, not to these sinks; tests of other commands check their
 * output with `findSecrets`.
 */
import { ClientRequest, ServerResponse } from 'node:http';
import { format } from 'node:util';
import { findSecrets, harvestSecrets } from './secretLedger.js';

const INSTALLED = Symbol.for('stskit.secretsCheck');

export interface CapturedOutput {
  /** What was logged since the last check, with where it went. */
  readonly lines: { readonly sink: string; readonly text: string }[];
  /** The leaks in what was captured: one entry per line holding a secret. */
  findLeaks(): string[];
  /** Drops what was captured (a test that leaks on purpose calls this after checking). */
  forget(): void;
  /** What runs after each test: throws, naming each leak, when the captured output holds a secret; then forgets it. */
  assertNoLeaks(): void;
}

function textOf(chunk: unknown, encoding?: unknown): string {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk).toString(typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return '';
}

/** Patches `write`/`end` of an HTTP message class to collect the body and harvest it once ended. */
function harvestBodies(prototype: { write: (...args: never[]) => unknown; end: (...args: never[]) => unknown }): void {
  const bodies = new WeakMap<object, string[]>();
  const collect = (message: object, chunk: unknown, encoding: unknown): void => {
    const text = textOf(chunk, encoding);
    if (text === '') return;
    const parts = bodies.get(message) ?? [];
    parts.push(text);
    bodies.set(message, parts);
  };
  const write = prototype.write;
  const end = prototype.end;
  prototype.write = function (this: object, ...args: unknown[]) {
    collect(this, args[0], args[1]);
    return (write as (...a: unknown[]) => unknown).apply(this, args);
  } as never;
  prototype.end = function (this: object, ...args: unknown[]) {
    if (typeof args[0] !== 'function') collect(this, args[0], args[1]);
    harvestSecrets((bodies.get(this) ?? []).join(''));
    bodies.delete(this);
    return (end as (...a: unknown[]) => unknown).apply(this, args);
  } as never;
}

function install(): CapturedOutput {
  const lines: { sink: string; text: string }[] = [];
  const captured: CapturedOutput = {
    lines,
    findLeaks: () =>
      lines.flatMap(({ sink, text }) => {
        const found = findSecrets(text);
        return found.length === 0 ? [] : [`${sink}: ${found.join(', ')} in: ${text.slice(0, 120)}`];
      }),
    forget: () => void lines.splice(0),
    assertNoLeaks() {
      const leaks = captured.findLeaks();
      captured.forget();
      if (leaks.length > 0) throw new Error(`secrets appeared in test output:\n${leaks.join('\n')}`);
    },
  };

  harvestBodies(ServerResponse.prototype as never);
  harvestBodies(ClientRequest.prototype as never);

  // Jest's own console, run in band, echoes each call to process.stdout at once: one line each.
  let inConsole = false;
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      // Formatted as console formats it: objects through util.inspect, so a logged provider,
      // credentials object or error is checked in the form a reader would see.
      lines.push({ sink: `console.${level}`, text: format(...args) });
      inConsole = true;
      try {
        original(...args);
      } finally {
        inConsole = false;
      }
    };
  }
  for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]] as const) {
    const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((...args: unknown[]) => {
      if (!inConsole) lines.push({ sink: `process.${name}`, text: textOf(args[0], args[1]) });
      return original(...args);
    }) as typeof stream.write;
  }

  afterEach(() => captured.assertNoLeaks());
  return captured;
}

/** The capture of this test file, installed on first import. */
export function capturedOutput(): CapturedOutput {
  const holder = globalThis as { [INSTALLED]?: CapturedOutput };
  return (holder[INSTALLED] ??= install());
}

capturedOutput();
