import { HttpTransportError, httpRequest, type HttpReply, type HttpRequest } from './httpRequest.js';

/**
 * Sends a request up to `maxAttempts` times, again after a transport failure or a 5xx
 * reply (metadata services are local and usually answer at once; a retry rides out a
 * hiccup without waiting out a long deadline). Other replies are returned as they are.
 *
 * @throws HttpTransportError from the last attempt
 * @internal
 */
export async function requestWithRetries(request: HttpRequest, maxAttempts: number): Promise<HttpReply> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await httpRequest(request);
      if (reply.status < 500 || attempt >= maxAttempts) return reply;
    } catch (error) {
      if (!(error instanceof HttpTransportError) || attempt >= maxAttempts) throw error;
    }
  }
}
