/**
 * Runs fast-check properties with a fixed number of runs each and counts the cases, so the
 * fuzz suite can state (and the report can print) how many cases it ran. Every file writes
 * its count to `test/reliability/results/`, which `writeReport.mjs` sums.
 *
 * `STSKIT_FUZZ_SCALE` multiplies every budget (0.1 for a quick local run, 10 for a long
 * one); `STSKIT_FUZZ_SEED` replays a run whose failure printed its seed.
 */
import fc from 'fast-check';
import { writeResult } from './results.js';

const scale = Number(process.env.STSKIT_FUZZ_SCALE ?? '1');
const seed = process.env.STSKIT_FUZZ_SEED;
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

/** The number of runs for a property whose nominal budget is `runs`. */
export function budget(runs: number): number {
  return Math.max(1, Math.round(runs * scale));
}

export interface FuzzLedger {
  /** Checks `property` with `runs` cases (scaled), throwing fast-check's report on failure. */
  check<Ts>(name: string, property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, runs: number): Promise<void>;
  /** Writes the file's count for the report and prints it; call from `afterAll`. */
  report(): void;
}

/** One ledger per spec file, named after it in the report. */
export function fuzzLedger(suite: string): FuzzLedger {
  const properties: { name: string; cases: number }[] = [];
  return {
    async check(name, property, runs) {
      const details = await fc.check(property as fc.IAsyncProperty<unknown>, { numRuns: budget(runs), includeErrorInReport: true });
      properties.push({ name, cases: details.numRuns });
      if (details.failed) throw new Error(fc.defaultReportMessage(details));
    },
    report() {
      const cases = properties.reduce((sum, property) => sum + property.cases, 0);
      writeResult(`fuzz-${suite}`, { suite, cases, properties });
      console.log(`fuzz ${suite}: ${cases} cases in ${properties.length} properties`);
    },
  };
}
