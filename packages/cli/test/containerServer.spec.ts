import { createHook } from 'node:async_hooks';
import { request } from 'node:http';
import type { CredentialProvider } from '@stskit/credentials';
import { startContainerCredentialsServer, type ContainerCredentialsServer } from '../src/commands/exec/containerServer.js';

const EXPIRATION = new Date('2030-01-01T00:00:00.000Z');
const provider: CredentialProvider = Object.assign(
  async () => ({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token', expiration: EXPIRATION, accountId: '111122223333' }),
  { close: () => undefined },
);

const HANDLE_TYPES = new Set(['Timeout', 'TCPWRAP', 'TCPSERVERWRAP']);
const JEST_FRAME = /node_modules[\\/](?:@jest|jest-[\w-]+)[\\/]/;
const CLIENT = 'askOnce';

/**
 * Sockets, servers and timers made while the watch is on and not yet destroyed, followed
 * with async_hooks, each with where it was made; those of the tests' own clients (made in
 * `askOnce`, or by `fetch`'s undici) and of jest are left out.
 */
function watchHandles(): { open(): Promise<string[]>; stop(): void } {
  const live = new Map<number, string>();
  const hook = createHook({
    init(asyncId, type) {
      if (!HANDLE_TYPES.has(type)) return;
      const frames = (new Error().stack ?? '').split('\n').slice(2).map((frame) => frame.trim());
      if (frames.some((frame) => frame.startsWith(`at ${CLIENT} `) || frame.includes('undici'))) return;
      const ours = frames.filter((frame) => frame.includes('/') && !frame.includes('(node:') && !JEST_FRAME.test(frame));
      if (ours.length === 0 && frames.some((frame) => JEST_FRAME.test(frame))) return;
      live.set(asyncId, `${type} ${frames.filter((frame) => !frame.includes('async_hooks')).slice(0, 8).join(' ← ')}`);
    },
    destroy(asyncId) {
      live.delete(asyncId);
    },
  });
  hook.enable();
  return {
    // Node reports a closed handle's destruction from its next check phase: a few
    // immediates later every handle closed before the call is gone, while a timer left
    // running (keep-alive: 5 s; the Date header cache: up to 1 s) is still there.
    open: async () => {
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
      return [...live.values()];
    },
    stop: () => hook.disable(),
  };
}

/**
 * One GET over a connection of its own, asking to keep it alive as a child's SDK does (the
 * server must close it anyway), with no agent to pool it on this side.
 */
function askOnce(url: string, authorization: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { authorization, connection: 'keep-alive' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

describe(startContainerCredentialsServer.name, () => {
  let server: ContainerCredentialsServer;
  beforeAll(async () => {
    server = await startContainerCredentialsServer(provider);
  });
  afterAll(() => server.close());

  it('should answer the container-credentials protocol to a caller with the token', async () => {
    const response = await fetch(server.url, { headers: { authorization: server.authorizationToken } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      AccessKeyId: 'ASIAEXAMPLE',
      SecretAccessKey: 'secret',
      Token: 'token',
      Expiration: '2030-01-01T00:00:00.000Z',
      AccountId: '111122223333',
    });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'guess' }],
    ['a token one character short', { authorization: 'x'.repeat(42) }],
  ])('should refuse a caller with %s', async (_case, headers: Record<string, string>) => {
    const response = await fetch(server.url, { headers });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('secret');
  });

  it('should answer only GET /credentials', async () => {
    const response = await fetch(new URL('/other', server.url), { headers: { authorization: server.authorizationToken } });
    expect(response.status).toBe(404);
  });

  it('should give a new random token to each server', async () => {
    const other = await startContainerCredentialsServer(provider);
    expect(other.authorizationToken).not.toBe(server.authorizationToken);
    await other.close();
  });

});

describe(`${startContainerCredentialsServer.name} when stopped`, () => {
  // Node's process-wide cache of the Date header resets within a second of being filled;
  // waited out here, a server that fills it (and so leaves its timer) shows below.
  beforeAll(() => new Promise((resolve) => setTimeout(resolve, 1_100)));

  it.each([
    ['credentials', (server: ContainerCredentialsServer) => server.authorizationToken, 200],
    ['a refusal', () => 'wrong', 401],
  ])('should leave no socket, server or timer behind when stopped right after answering with %s', async (_case, token, status) => {
    const handles = watchHandles();
    const stopping = await startContainerCredentialsServer(provider);
    let reply: Awaited<ReturnType<typeof askOnce>>;
    try {
      reply = await askOnce(stopping.url, token(stopping));
    } finally {
      await stopping.close();
    }
    try {
      expect(await handles.open()).toEqual([]);
    } finally {
      handles.stop();
    }
    expect(reply.status).toBe(status);
    expect(reply.headers).toMatchObject({ connection: 'close', date: expect.any(String) });
  });

  it('should drop a caller still waiting for its reply when stopped', async () => {
    let release = (): void => undefined;
    let called = (): void => undefined;
    const waiting = new Promise<void>((resolve) => (called = resolve));
    const slow: CredentialProvider = Object.assign(
      async () => {
        called();
        await new Promise<void>((resolve) => (release = resolve));
        return provider();
      },
      { close: () => undefined },
    );
    const handles = watchHandles();
    const stopping = await startContainerCredentialsServer(slow);
    try {
      const asked = askOnce(stopping.url, stopping.authorizationToken).catch((error: unknown) => error);
      await waiting;
      await stopping.close();
      expect(await asked).toMatchObject({ code: 'ECONNRESET' });
      release(); // its answer now meets a closed connection, and must leave nothing either
      expect(await handles.open()).toEqual([]);
    } finally {
      handles.stop();
      await stopping.close();
    }
  });
});
