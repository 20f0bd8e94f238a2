/**
 * A loopback HTTP proxy in front of local-sts. It records every secret the server issues
 * (the `SecretAccessKey` and `SessionToken` of each reply) into the row's ledger, so the
 * secret check covers credentials that never reached the caller, and it applies the faults
 * local-sts does not script itself (a 10 MB body, a wrong content type), per request.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type ReplyTransform = (reply: ProxiedReply) => ProxiedReply;

export interface FaultProxy {
  readonly endpoint: string;
  /** Applied to every reply from now on; `undefined` passes replies through. */
  transform: ReplyTransform | undefined;
  close(): Promise<void>;
}

const ISSUED_SECRET = /<(SecretAccessKey|SessionToken)>\s*([^<\s]+)\s*<\//g;

export async function startFaultProxy(target: string, onSecret: (secret: string) => void): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const upstream = new URL(target);
  const proxy: FaultProxy = { endpoint: '', transform: undefined, close: async () => undefined };
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const forward = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (reply) => {
          const body: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => body.push(chunk));
          reply.on('end', () => {
            const whole = Buffer.concat(body);
            for (const [, , secret] of whole.toString('utf8').matchAll(ISSUED_SECRET)) onSecret(secret!);
            const proxied = (proxy.transform ?? ((same) => same))({ status: reply.statusCode ?? 502, headers: reply.headers, body: whole });
            const { 'content-length': _length, 'transfer-encoding': _encoding, connection: _connection, ...headers } = proxied.headers;
            outgoing.writeHead(proxied.status, { ...headers, 'content-length': String(proxied.body.length) }).end(proxied.body);
          });
          reply.on('error', () => outgoing.socket?.destroy());
        },
      );
      // local-sts dropping or hanging the request is passed on as is.
      forward.on('error', () => outgoing.socket?.destroy());
      outgoing.on('close', () => forward.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}
