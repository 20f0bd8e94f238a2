/**
 * A loopback endpoint that resets every connection at once: where fuzzed providers send
 * their requests, so a valid request fails fast with a network error and never leaves the
 * machine.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { settleEventLoop } from './unhandledRejections.js';

export interface RefusingServer {
  readonly endpoint: string;
  /** Connections accepted (and reset) so far. */
  readonly connections: () => number;
  close(): Promise<void>;
}

export async function startRefusingServer(): Promise<RefusingServer> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A refusing server for the calling test file: started before its tests, closed after them
 * once pending callbacks have settled. A getter, since the server exists only from then on.
 */
export function useRefusingServer(): () => RefusingServer {
  let server: RefusingServer | undefined;
  beforeAll(async () => {
    server = await startRefusingServer();
  });
  afterAll(async () => {
    await settleEventLoop();
    await server?.close();
  });
  return () => {
    if (server === undefined) throw new Error('the refusing server runs only during the tests');
    return server;
  };
}
