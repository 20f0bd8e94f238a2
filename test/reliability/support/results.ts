/**
 * Where the reliability specs leave their figures (fuzz counts, soak figures, the fault
 * matrix's observed outcomes) for `test/reliability/writeReport.mjs` to render into
 * RELIABILITY.md. The directory is git-ignored: the report is what is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

export const RESULTS_DIR = new URL('../results/', import.meta.url);

export function writeResult(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(new URL(`${name}.json`, RESULTS_DIR), `${JSON.stringify(data, null, 2)}\n`);
}
