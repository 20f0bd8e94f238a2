/**
 * Handles a test leaves behind: sockets, servers, timers, child processes and pipes created
 * while a watch was on and still open after it. `process.getActiveResourcesInfo()` alone
 * cannot tell whose a handle is (jest's reporter keeps its own status timer in the same
 * process when it runs in band), so handles are followed from creation with async_hooks,
 * and those created by jest itself are left out.
 */
import { createHook } from 'node:async_hooks';

/** The async resource types that are handles a test could leak. */
const HANDLE_TYPES = new Set(['Timeout', 'TCPWRAP', 'TCPSERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'TTYWRAP', 'UDPWRAP', 'FSEVENTWRAP', 'SIGNALWRAP']);
const JEST_FRAME = /node_modules[\\/](?:@jest|jest-[\w-]+)[\\/]/;

export interface ResourceWatch {
  /** Handles created since the watch started and not yet closed, by type, each with where it was made. */
  open(): Record<string, string[]>;
  stop(): void;
}

export function watchResources(): ResourceWatch {
  const live = new Map<number, { type: string; origin: string }>();
  const hook = createHook({
    init(asyncId, type) {
      if (!HANDLE_TYPES.has(type)) return;
      const frames = (new Error().stack ?? '').split('\n').slice(3);
      const ours = frames.filter((frame) => frame.includes('/') && !frame.includes('node:internal') && !JEST_FRAME.test(frame));
      const madeByJest = ours.length === 0 && frames.some((frame) => JEST_FRAME.test(frame));
      if (!madeByJest) live.set(asyncId, { type, origin: (ours[0] ?? frames[0] ?? '').trim() });
    },
    destroy(asyncId) {
      live.delete(asyncId);
    },
  });
  hook.enable();
  return {
    open() {
      const byType: Record<string, string[]> = {};
      for (const { type, origin } of live.values()) (byType[type] ??= []).push(origin);
      return byType;
    },
    stop: () => hook.disable(),
  };
}

/**
 * Waits (bounded: at most `turns` event-loop turns) for closing handles to finish closing,
 * then returns what is still open.
 */
export async function settleResources(watch: ResourceWatch, turns = 100): Promise<Record<string, string[]>> {
  let open = watch.open();
  for (let turn = 0; turn < turns && Object.keys(open).length > 0; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
    open = watch.open();
  }
  return open;
}
