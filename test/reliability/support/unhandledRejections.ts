/**
 * Records unhandled promise rejections and uncaught exceptions while a suite runs, so a
 * test can assert there were none (jest alone reports them late, or not against the test
 * that caused them).
 */
export interface RejectionWatch {
  /** What went unhandled since the watch started. */
  readonly seen: unknown[];
  stop(): void;
}

export function watchUnhandledRejections(): RejectionWatch {
  const seen: unknown[] = [];
  const record = (reason: unknown): void => {
    seen.push(reason);
  };
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  return {
    seen,
    stop() {
      process.off('unhandledRejection', record);
      process.off('uncaughtException', record);
    },
  };
}

/** Lets rejections of settled promises reach the 'unhandledRejection' event before checking. */
export async function settleEventLoop(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
}
