import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * One kept-alive agent per scheme for a client, so consecutive STS calls reuse their TLS
 * connection. Idle pooled sockets are unref'd by Node, so they never hold a process open;
 * `destroy()` closes them at once.
 *
 * @internal
 */
export class HttpAgentPool {
  readonly http = new HttpAgent({ keepAlive: true, maxSockets: 50 });
  readonly https = new HttpsAgent({ keepAlive: true, maxSockets: 50 });

  forProtocol(protocol: string): HttpAgent | HttpsAgent {
    return protocol === 'https:' ? this.https : this.http;
  }

  destroy(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
