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
  /** Aborts the request early; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
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
 * The deadline is a timer of this request's own, cleared as soon as the request settles
 * (`AbortSignal.timeout` would keep its timer for the full `timeoutMs` after the reply) and
 * unref'd, so it never holds a process open either.
 *
 * @throws HttpTransportError when there is no complete reply within `timeoutMs`
 * @throws the reason of `signal` when the caller aborts
 * @internal
 */
export async function httpRequest({ url, method = 'GET', headers = {}, timeoutMs, signal }: HttpRequest): Promise<HttpReply> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no reply within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  deadline.unref();
  const onCallerAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    return await new Promise<HttpReply>((resolve, reject) => {
      const fail = (error: Error): void => {
        if (timedOut) reject(transportError(error, url, timeoutMs, 'timeout'));
        else if (signal?.aborted) reject(signal.reason);
        else reject(transportError(error, url, timeoutMs));
      };
      const send = url.protocol === 'https:' ? httpsRequest : request;
      const req = send(url, { method, headers, signal: controller.signal }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error(`reply larger than ${MAX_BODY_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', fail);
      });
      req.on('error', fail);
      req.end();
    });
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

function transportError(error: Error, url: URL, timeoutMs: number, reason?: 'timeout'): HttpTransportError {
  const where = `${url.protocol}//${url.host}`;
  if (reason === 'timeout' || error.name === 'AbortError' || error.name === 'TimeoutError') {
    return new HttpTransportError('timeout', `no reply from ${where} within ${timeoutMs} ms`, { cause: error });
  }
  return new HttpTransportError('network', `cannot reach ${where}: ${error.message}`, { cause: error });
}
