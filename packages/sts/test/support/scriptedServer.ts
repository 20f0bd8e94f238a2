/**
 * A loopback HTTP server that answers each request with the next scripted reply, for
 * testing the client's transport, retries and parsing against exact bytes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type Reply =
  | { readonly status: number; readonly body: string; readonly headers?: Record<string, string> }
  | { readonly hang: true }
  | { readonly reset: true }
  | { readonly partial: string };

export interface ScriptedServer {
  readonly endpoint: string;
  readonly requests: RecordedRequest[];
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

function answer(reply: Reply | undefined, response: ServerResponse): void {
  if (!reply) {
    response.writeHead(500).end('no scripted reply left');
  } else if ('hang' in reply) {
    // accept the request and never answer
  } else if ('reset' in reply) {
    response.socket?.destroy();
  } else if ('partial' in reply) {
    response.writeHead(200, { 'content-length': String(reply.partial.length * 2) });
    response.write(reply.partial);
    setImmediate(() => response.socket?.destroy());
  } else {
    response.writeHead(reply.status, { 'content-type': 'text/xml', ...reply.headers }).end(reply.body);
  }
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      answer(queue.shift(), response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
