/**
 * Heap measurement for the soak. Jest runs test files in a VM context without `gc`, even
 * under `node --expose-gc`; V8 can still expose it at run time (the flag is read when a new
 * context is created), so a full collection is always available here.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Bytes of heap in use after a full collection. */
export function heapAfterGc(): number {
  if (typeof collect !== 'function') throw new Error('gc could not be exposed');
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
