import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `npx tsc -b` finds every package's project. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** `stskit` as users run it: the built bin. */
export const CLI_BIN = `${REPO_ROOT}packages/cli/dist/bin.js`;

/**
 * Builds the CLI and what it depends on (`tsc -b` is incremental: a no-op when nothing
 * changed), for tests that run `stskit` as a separate program: under the AWS CLI's
 * `credential_process`, or in a terminal. A failed build fails those tests with the
 * compiler's output, never runs them against a stale `dist`.
 */
export function buildCli(): void {
  try {
    execFileSync('npx', ['tsc', '-b', 'packages/cli'], { cwd: REPO_ROOT, stdio: 'pipe', timeout: 300_000 });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    throw new Error(`npx tsc -b packages/cli failed, so dist/bin.js cannot be tested:\n${output}`);
  }
}
