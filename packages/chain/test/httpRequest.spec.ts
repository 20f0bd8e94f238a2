import { createHook } from 'node:async_hooks';
import { getEventListeners } from 'node:events';
import { HttpTransportError, httpRequest } from '../src/http/httpRequest.js';
import { startMetadataServer, type MetadataServer } from './support/metadataServer.js';

/** Frames between a timer's creation and whoever asked for it: the timer APIs themselves. */
const TIMER_API = /\(node:(?:timers|internal\/timers|internal\/abort_controller|internal\/async_hooks):|at AsyncHook\.init /;

/**
 * Whether a timer was asked for by httpRequest itself (its deadline: a `setTimeout`, or the
 * timer behind `AbortSignal.timeout`), not by the sockets it opens (the agent's keep-alive
 * timeout belongs to the pooled socket, which the server's close ends).
 */
function madeByHttpRequest(stack: string): boolean {
  const caller = stack.split('\n').slice(1).find((frame) => !TIMER_API.test(frame));
  return caller?.includes('src/http/httpRequest.ts') ?? false;
}

/**
 * The live timers httpRequest made, followed from creation to destruction with async_hooks:
 * deterministic, unlike a count of the process's active resources, and it sees Node's
 * internal timers too (the one behind `AbortSignal.timeout`, which a fake clock would not).
 */
function watchRequestTimers(): { live(): Promise<{ hasRef: boolean }[]>; stop(): void } {
  const live = new Map<number, { hasRef?: () => boolean }>();
  const hook = createHook({
    init(asyncId, type, _trigger, resource) {
      if (type === 'Timeout' && madeByHttpRequest(new Error().stack ?? '')) live.set(asyncId, resource as { hasRef?: () => boolean });
    },
    destroy(asyncId) {
      live.delete(asyncId);
    },
  });
  hook.enable();
  return {
    // Node reports a cleared timer's destruction from its next check phase, before any
    // immediate queued after the clear runs: one immediate later, the count is exact.
    live: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return [...live.values()].map((timer) => ({ hasRef: timer.hasRef?.() ?? true }));
    },
    stop: () => hook.disable(),
  };
}

describe(httpRequest.name, () => {
  let server: MetadataServer;
  let timers: ReturnType<typeof watchRequestTimers>;
  let hang: (() => void)[];
  beforeEach(async () => {
    hang = [];
    server = await startMetadataServer((req, res) => {
      if (req.url === '/hang') return void hang.push(() => res.end());
      res.end('ok');
    });
    timers = watchRequestTimers();
  });
  afterEach(async () => {
    timers.stop();
    for (const release of hang) release();
    await server.close();
  });

  it('should leave no timer behind once a reply has arrived, though its deadline is far off', async () => {
    await expect(httpRequest({ url: new URL(`${server.url}/`), timeoutMs: 60_000 })).resolves.toEqual({ status: 200, body: 'ok' });
    expect(await timers.live()).toEqual([]);
  });

  it("should keep its deadline unref'd while the request is in flight", async () => {
    const caller = new AbortController();
    const pending = httpRequest({ url: new URL(`${server.url}/hang`), timeoutMs: 60_000, signal: caller.signal }).catch(() => undefined);
    expect(await timers.live()).toEqual([{ hasRef: false }]);
    caller.abort();
    await pending;
    expect(await timers.live()).toEqual([]);
  });

  it('should leave no timer behind when the connection fails', async () => {
    const closed = server.url;
    await server.close();
    const error = await httpRequest({ url: new URL(`${closed}/`), timeoutMs: 60_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpTransportError);
    expect(error).toMatchObject({ reason: 'network' });
    expect(await timers.live()).toEqual([]);
  });

  it('should fail with a timeout when no reply comes within the deadline, leaving no timer behind', async () => {
    const error = await httpRequest({ url: new URL(`${server.url}/hang`), timeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpTransportError);
    expect(error).toMatchObject({ reason: 'timeout', message: expect.stringContaining('within 100 ms') });
    expect(await timers.live()).toEqual([]);
  });

  it("should abort with the caller's reason when the caller's signal aborts, clearing its deadline", async () => {
    const caller = new AbortController();
    const pending = httpRequest({ url: new URL(`${server.url}/hang`), timeoutMs: 60_000, signal: caller.signal });
    const reason = new Error('caller gave up');
    setImmediate(() => caller.abort(reason));
    await expect(pending).rejects.toBe(reason);
    expect(await timers.live()).toEqual([]);
  });

  it("should not start when the caller's signal has already aborted", async () => {
    const reason = new Error('already aborted');
    await expect(httpRequest({ url: new URL(`${server.url}/`), timeoutMs: 60_000, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toEqual([]);
    expect(await timers.live()).toEqual([]);
  });

  it("should remove its listener from the caller's signal once settled", async () => {
    const caller = new AbortController();
    await httpRequest({ url: new URL(`${server.url}/`), timeoutMs: 60_000, signal: caller.signal });
    expect(getEventListeners(caller.signal, 'abort')).toEqual([]);
    expect(await timers.live()).toEqual([]);
  });
});
