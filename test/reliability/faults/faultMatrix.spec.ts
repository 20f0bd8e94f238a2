/**
 * The fault matrix: every row of `matrix.ts` through one body. Each row checks its stated
 * outcome, and every row asserts the invariants: no expired credential handed out, no
 * issued or given secret in any output (errors, logs, `util.inspect` and JSON of the
 * provider, credentials and errors), no socket, server, timer or child process left behind,
 * and (through jest, which fails the test during which one happens) no unhandled rejection.
 * Saboteur subjects show each check can fail. What each row observed is written for the
 * report.
 */
import { inspect } from 'node:util';
import { CredentialsError, type CredentialProvider, type Credentials } from '@stskit/credentials';
import { settleResources, watchResources } from '../support/activeResources.js';
import { writeResult } from '../support/results.js';
import { settleEventLoop } from '../support/unhandledRejections.js';
import { expectedOutcome, FAULT_ROWS } from './matrix.js';
import { WARM_ADVANCE_MS, type FaultRow, type Outcome } from './rowTypes.js';
import { SABOTEURS } from './saboteurs.js';
import { startRowWorld, type RowWorld } from './RowWorld.js';

/** A real deadline for a row (each costs well under a second), not a measure of it. */
const ROW_TIMEOUT_MS = 30_000;

const observed: { subject: string; fault: string; phase: string; expected: Outcome; observed: string; stsCalls: number | null }[] = [];

afterAll(() => {
  writeResult('faults', { rows: observed });
});

type CallResult = { readonly credentials: Credentials } | { readonly error: unknown };

/**
 * Every name and code along an error's cause chain; a cause whose name is generic (a CLI's
 * stderr, wrapped by the row's adapter) counts by what its message names.
 */
function causeNames(error: unknown): string[] {
  const names: string[] = [];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    const { code } = current as { code?: unknown };
    names.push(current.name, ...(typeof code === 'string' ? [code] : []));
    if (current.name === 'Error') names.push(...(current.message.match(/\b[A-Z][A-Za-z]+(?:Error|Exception|Denied)\b/g) ?? []));
  }
  return names;
}

/** The messages along an error's cause chain, joined. */
function causeMessages(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) messages.push(current.message);
  return messages.join(' ← ');
}

/** What a call produced that anyone could print: every form a secret could leak through. */
function printedForms(result: CallResult, provider: CredentialProvider): string[] {
  const forms = [inspect(provider, { depth: 8, showHidden: true })];
  if ('credentials' in result) forms.push(inspect(result.credentials, { depth: 8 }), JSON.stringify(result.credentials));
  else {
    const error = result.error as Error;
    forms.push(String(error.message), String(error.stack), inspect(error, { depth: 8 }), JSON.stringify(error) ?? '');
  }
  return forms;
}

function expectUnexpired(credentials: Credentials, world: RowWorld): void {
  expect(credentials.expiration?.getTime() ?? Infinity).toBeGreaterThan(world.clock.now());
}

/** Checks the row's stated outcome; returns how the report should describe what happened. */
function checkOutcome(expected: Outcome, result: CallResult, warm: Credentials | undefined, calls: number | undefined): string {
  if ('error' in result) {
    const { error } = result;
    if (expected.kind !== 'typed error') throw error;
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).kind).toBe(expected.errorKind);
    const names = causeNames(error);
    if (!names.includes(expected.cause) && expected.says) {
      expect(causeMessages(error)).toMatch(expected.says);
      return `typed error: ${(error as CredentialsError).kind} (the message says "${expected.says.source}")`;
    }
    expect(names).toContain(expected.cause);
    const chain = [...new Set(causeNames(error).slice(1).filter((name) => name !== 'Error'))];
    return `typed error: ${(error as CredentialsError).kind} (${chain.join(' ← ') || 'no named cause'})`;
  }
  const { credentials } = result;
  switch (expected.kind) {
    case 'typed error':
      throw new Error(`expected a typed error, got credentials ${credentials.accessKeyId}`);
    case 'succeeded':
      if (calls !== undefined) expect(calls).toBe(1);
      return 'succeeded';
    case 'retried and succeeded':
      if (calls !== undefined) expect(calls).toBeGreaterThan(1);
      return `retried and succeeded${calls === undefined ? '' : ` (${calls} STS requests)`}`;
    case 'refreshed':
      expect(credentials.accessKeyId).not.toBe(warm?.accessKeyId);
      return 'refreshed';
    case 'stale credentials served':
      expect(credentials.accessKeyId).toBe(warm?.accessKeyId);
      return 'stale credentials served';
  }
}

async function runRow(row: FaultRow): Promise<void> {
  const { subject, fault } = row;
  const expected = expectedOutcome(row);
  const resources = watchResources();
  const world = await startRowWorld();
  let provider: CredentialProvider | undefined;
  const printed: string[] = [];
  let outcome: string;
  let calls: number | undefined;
  try {
    provider = await subject.create(world);
    let warm: Credentials | undefined;
    if (fault.phase === 'warm') {
      warm = await provider();
      expectUnexpired(warm, world);
      printed.push(...printedForms({ credentials: warm }, provider));
    }
    const callsBefore = subject.action ? world.sts.calls(subject.action) : 0;
    await fault.apply(world, subject);
    if (fault.phase === 'warm') await world.clock.advance(WARM_ADVANCE_MS);
    const result: CallResult = await provider().then(
      (credentials) => ({ credentials }),
      (error: unknown) => ({ error }),
    );
    if ('credentials' in result) expectUnexpired(result.credentials, world);
    calls = subject.action ? world.sts.calls(subject.action) - callsBefore : undefined;
    printed.push(...printedForms(result, provider));
    outcome = checkOutcome(expected, result, warm, calls);
  } finally {
    provider?.close();
    await world.close();
  }
  printed.push(...world.logs);
  for (const secret of world.secrets) {
    for (const text of printed) expect(text.includes(secret) ? `a secret in: ${text.slice(0, 300)}` : 'no secret').toBe('no secret');
  }
  // A rejection nobody handled surfaces now, while this row's test runs: jest fails it.
  await settleEventLoop();
  // Nothing is tolerated, not even an unref'd timer: every subject leaves nothing behind.
  const leftOpen = await settleResources(resources);
  resources.stop();
  expect(leftOpen).toEqual({});
  observed.push({
    subject: subject.name,
    fault: fault.name,
    phase: fault.phase,
    expected,
    observed: outcome,
    stsCalls: calls ?? null,
  });
}

const title = (row: FaultRow): string => `${row.subject.name} × ${row.fault.name}`;

describe('fault matrix', () => {
  it.each(FAULT_ROWS.filter((row) => !row.knownIssue).map((row) => [title(row), row] as const))(
    '%s',
    async (_title, row) => runRow(row),
    ROW_TIMEOUT_MS,
  );

  it.failing.each(SABOTEURS.map((row) => [row.subject.name, row] as const))(
    'harness self-test: a subject that %s must fail its row',
    async (_name, row) => runRow(row),
    ROW_TIMEOUT_MS,
  );

  const known = FAULT_ROWS.filter((row) => row.knownIssue);
  if (known.length > 0) {
    it.failing.each(known.map((row) => [title(row), row.knownIssue, row] as const))(
      '%s (known issue: %s)',
      async (_title, _issue, row) => {
        try {
          await runRow(row);
        } finally {
          observed.push({ subject: row.subject.name, fault: row.fault.name, phase: row.fault.phase, expected: expectedOutcome(row), observed: `known issue: ${row.knownIssue}`, stsCalls: null });
        }
      },
      ROW_TIMEOUT_MS,
    );
  }
});
