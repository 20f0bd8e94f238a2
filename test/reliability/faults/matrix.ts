/**
 * The fault matrix: one table of subjects (every provider, the chain, the CLI) and faults
 * (scripted in local-sts, in the fault proxy, or in the subject's own inputs), each row
 * stating the outcome it expects. `faultMatrix.spec.ts` runs every row through one body, and
 * the report prints this table with what each run observed.
 */
import type { FaultRow, Outcome } from './rowTypes.js';
import { SPECIAL_ROWS } from './specialRows.js';
import { STS_FAULTS } from './stsFaults.js';
import { CLI_SUBJECTS, STS_SUBJECTS } from './subjects.js';

/** The outcome a row expects of its subject. */
export function expectedOutcome({ subject, fault }: FaultRow): Outcome {
  return typeof fault.expect === 'function' ? fault.expect(subject) : fault.expect;
}

/** Every row: each STS subject against each STS fault, then the particular rows. */
export const FAULT_ROWS: readonly FaultRow[] = [
  ...[...STS_SUBJECTS, ...CLI_SUBJECTS].flatMap((subject) =>
    STS_FAULTS.filter((fault) => subject.meets?.(fault) ?? true).map((fault) => ({ subject, fault })),
  ),
  ...SPECIAL_ROWS,
];
