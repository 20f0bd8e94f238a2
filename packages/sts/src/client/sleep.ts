/**
 * Waits `ms` milliseconds unless `abortSignal` fires first, in which case it rejects with the
 * signal's reason. The timer is unref'd: a pending retry never holds a process open alone.
 *
 * @internal
 */
export function sleep(ms: number, abortSignal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (abortSignal?.aborted) {
      reject(abortSignal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortSignal?.reason);
    };
    const timer = setTimeout(() => {
      abortSignal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    timer.unref();
    abortSignal?.addEventListener('abort', onAbort, { once: true });
  });
}
