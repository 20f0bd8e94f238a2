/**
 * Unhandled rejections in tests. Jest 30 (jest-circus) installs its own
 * `unhandledRejection` and `uncaughtException` handlers on the worker process and fails the
 * test (or hook) during which a rejection went unhandled; a listener added from a test file
 * never sees them, as the test's `process` is jest's copy. So the suites rely on jest and
 * only make sure a stray rejection surfaces while its test still runs.
 */

/** Lets rejections of promises that settled in this test reach jest's handler before the test ends. */
export async function settleEventLoop(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
}
