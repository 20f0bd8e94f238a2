import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * One HTTP request to a metadata service (the container credentials endpoint, IMDS).
 *
 * @internal
 */
export interface HttpRequest {
  readonly url: URL;
  readonly method?: 'GET' | 'PUT';
  readonly headers?: Readonly<Record<string, string>>;
  /** Deadline of the whole exchange, connect to last byte. */
  readonly timeoutMs: number;
}

/** @internal */
export interface HttpReply {
  readonly status: number;
  readonly body: string;
}

/**
 * Why a request got no reply: `timeout` (no reply within the deadline) or `network` (the
 * connection failed). Metadata services are tried with short deadlines, and a caller tells
 * "nothing is listening here" from "the service answered with an error" by this class.
 *
 * @internal
 */
export class HttpTransportError extends Error {
  override name = 'HttpTransportError';

  constructor(
    readonly reason: 'timeout' | 'network',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// Replies from these services are a few kilobytes; anything larger is not one of them.
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Sends one request and reads the whole reply, without following redirects.
 *
 * @throws HttpTransportError when there is no complete reply within `timeoutMs`
 * @internal
 */
export function httpRequest({ url, method = 'GET', headers = {}, timeoutMs }: HttpRequest): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : request;
    const req = send(url, { method, headers, signal: AbortSignal.timeout(timeoutMs) }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) req.destroy(new Error(`reply larger than ${MAX_BODY_BYTES} bytes`));
        else chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => reject(transportError(error, url, timeoutMs)));
    });
    req.on('error', (error) => reject(transportError(error, url, timeoutMs)));
    req.end();
  });
}

function transportError(error: Error, url: URL, timeoutMs: number): HttpTransportError {
  const where = `${url.protocol}//${url.host}`;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return new HttpTransportError('timeout', `no reply from ${where} within ${timeoutMs} ms`, { cause: error });
  }
  return new HttpTransportError('network', `cannot reach ${where}: ${error.message}`, { cause: error });
}
