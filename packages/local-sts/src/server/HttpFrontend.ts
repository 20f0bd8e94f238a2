/**
 * The HTTP side: keep-alive connections, body collection, writing replies (including the
 * scripted transport faults), and a `close()` that leaves no socket or timer behind.
 *
 * @internal
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER, XML_CONTENT_TYPE } from '@stskit/sts/protocol';
import type { Clock } from '../clock.js';
import type { ReceivedRequest } from '../auth/canonicalRequest.js';
import { ApiError } from './ApiError.js';
import { errorEnvelope } from './envelopes.js';
import type { Reply } from './Reply.js';

/** Large enough for a 100 000-character SAML assertion after percent-encoding. @internal */
export const MAX_BODY_BYTES = 1024 * 1024;

/** @internal */
export type RequestHandler = (request: ReceivedRequest, sourceIp: string) => Promise<Reply>;

/** @internal */
export class HttpFrontend {
  private readonly server: Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly handle: RequestHandler,
    private readonly clock: Clock,
  ) {
    this.server = createServer({ keepAliveTimeout: 5000 }, (request, response) => this.receive(request, response));
  }

  /** Listens and resolves to the endpoint URL. */
  async listen(host: string, port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address() as AddressInfo;
    const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${hostPart}:${address.port}`;
  }

  /** A real-time wait that `close()` cancels (latency faults). */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Stops listening and destroys every connection, hung ones included. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private receive(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        const error = new ApiError('RequestEntityTooLarge', `Request body exceeds ${MAX_BODY_BYTES} bytes`, 413);
        this.write(response, { status: 413, contentType: XML_CONTENT_TYPE, body: errorEnvelope(error, ''), delivery: 'normal' });
        return;
      }
      const received = toReceivedRequest(request, Buffer.concat(chunks));
      this.handle(received, request.socket.remoteAddress ?? '')
        .then((reply) => this.write(response, reply))
        .catch(() => response.destroy());
    });
  }

  private write(response: ServerResponse, reply: Reply): void {
    if (reply.delivery === 'hang') return;
    if (reply.delivery === 'drop') {
      response.socket?.destroy();
      return;
    }
    const body = Buffer.from(reply.body, 'utf8');
    response.writeHead(reply.status, {
      'Content-Type': reply.contentType,
      'Content-Length': String(body.length),
      // The server's clock, so SDKs correcting clock skew correct it to local-sts time.
      Date: new Date(this.clock.now()).toUTCString(),
      ...(reply.requestId ? { [REQUEST_ID_HEADER]: reply.requestId } : {}),
    });
    if (reply.delivery === 'truncated') {
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
      return;
    }
    response.end(body);
  }
}

function toReceivedRequest(request: IncomingMessage, body: Buffer): ReceivedRequest {
  return {
    method: request.method ?? 'GET',
    target: request.url ?? '/',
    rawHeaders: request.rawHeaders,
    body,
    header(name) {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(',') : value;
    },
  };
}
