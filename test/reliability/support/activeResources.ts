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
const SELF = 'support/activeResources.ts';

export interface ResourceWatch {
  /**
   * Handles created since the watch started and not yet closed, by type, each with where it
   * was made (an unref'd timer marked `unref'd`). No handle is exempt.
   */
  open(): Record<string, string[]>;
  stop(): void;
}

export function watchResources(): ResourceWatch {
  const live = new Map<number, { type: string; origin: string; resource: unknown }>();
  const hook = createHook({
    init(asyncId, type, _trigger, resource) {
      if (!HANDLE_TYPES.has(type)) return;
      const frames = (new Error().stack ?? '').split('\n').slice(3);
      if (frames.some((frame) => frame.includes(SELF))) return; // the settling waits below
      const ours = frames.filter((frame) => frame.includes('/') && !frame.includes('node:internal') && !JEST_FRAME.test(frame));
      const madeByJest = ours.length === 0 && frames.some((frame) => JEST_FRAME.test(frame));
      if (!madeByJest) live.set(asyncId, { type, origin: (ours[0] ?? frames[0] ?? '').trim(), resource });
    },
    destroy(asyncId) {
      live.delete(asyncId);
    },
  });
  hook.enable();
  return {
    open() {
      const byType: Record<string, string[]> = {};
      for (const { type, origin, resource } of live.values()) {
        const unrefd = (resource as { hasRef?: () => boolean }).hasRef?.() === false;
        (byType[type] ??= []).push(unrefd ? `${origin} (unref'd)` : origin);
      }
      return byType;
    },
    stop: () => hook.disable(),
  };
}

/**
 * Waits for closing handles to finish closing (a destroyed socket's keep-alive timer goes
 * a few milliseconds after the socket), then returns what is still open. Bounded: 100
 * event-loop turns, then at most 50 waits of 10 ms.
 */
export async function settleResources(watch: ResourceWatch): Promise<Record<string, string[]>> {
  const waits = [...Array.from({ length: 100 }, () => 0), ...Array.from({ length: 50 }, () => 10)];
  let open = watch.open();
  for (const ms of waits) {
    if (Object.keys(open).length === 0) break;
    await new Promise((resolve) => (ms === 0 ? setImmediate(resolve) : setTimeout(resolve, ms)));
    open = watch.open();
  }
  return open;
}
