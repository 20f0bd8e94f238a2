import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Agent } from 'node:http';
import { StsNetworkError } from '../errors/StsNetworkError.js';
import { StsResponseError } from '../errors/StsResponseError.js';

/** A larger reply is not an STS reply; reading it all would let a hostile peer exhaust memory. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/** @internal */
export interface HttpRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** @internal */
export interface HttpResponse {
  readonly statusCode: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** @internal */
export interface SendOptions {
  readonly agent: Agent;
  /** The whole attempt, from connect to the last byte: an accept-then-hang peer is cut off. */
  readonly timeoutMs: number;
  readonly abortSignal?: AbortSignal | undefined;
}

/**
 * POSTs one request and reads the whole reply, with one deadline for the attempt and a size
 * cap. Network failures become `StsNetworkError` (retryable by the caller); an abort rejects
 * with the signal's reason, as `fetch` does.
 *
 * @internal
 */
export function sendHttpRequest(request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  const { url, headers, body } = request;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<HttpResponse>((resolve, reject) => {
    if (options.abortSignal?.aborted) {
      reject(options.abortSignal.reason);
      return;
    }
    const outgoing = send(url, { method: 'POST', headers, agent: options.agent });
    let settled = false;
    const finish = (error: unknown, response?: HttpResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.abortSignal?.removeEventListener('abort', onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const fail = (error: unknown): void => {
      finish(error);
      outgoing.destroy();
    };
    const onAbort = (): void => fail(options.abortSignal?.reason);
    const timer = setTimeout(
      () => fail(new StsNetworkError(`no complete reply from ${url.host} within ${options.timeoutMs} ms`, 'TimeoutError')),
      options.timeoutMs,
    );
    options.abortSignal?.addEventListener('abort', onAbort, { once: true });

    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'ECONNRESET';
      finish(new StsNetworkError(`request to ${url.host} failed: ${code}`, code, { cause: error }));
    });
    outgoing.on('response', (incoming) => {
      const statusCode = incoming.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          const reason = `reply is larger than ${MAX_RESPONSE_BYTES} bytes`;
          fail(new StsResponseError(reason, { statusCode, excerpt: '' }));
          return;
        }
        chunks.push(chunk);
      });
      incoming.on('aborted', () =>
        finish(new StsNetworkError(`connection to ${url.host} closed mid-reply`, 'ECONNRESET')),
      );
      incoming.on('error', (error: NodeJS.ErrnoException) =>
        finish(new StsNetworkError(`reading the reply from ${url.host} failed`, error.code ?? 'ECONNRESET', { cause: error })),
      );
      incoming.on('end', () => {
        if (!incoming.complete) {
          finish(new StsNetworkError(`connection to ${url.host} closed mid-reply`, 'ECONNRESET'));
          return;
        }
        finish(undefined, { statusCode, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    outgoing.end(body);
  });
}
