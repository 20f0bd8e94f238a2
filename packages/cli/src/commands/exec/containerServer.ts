import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CredentialProvider } from '@stskit/credentials';
import { describeError } from '../../reportError.js';

/** The loopback address the server binds; SDKs accept a full URI only on loopback (or https). */
const LOOPBACK = '127.0.0.1';
const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const CREDENTIALS_PATH = '/credentials';

/**
 * A running container-credentials endpoint.
 *
 * @public
 */
export interface ContainerCredentialsServer {
  /** For `AWS_CONTAINER_CREDENTIALS_FULL_URI`. */
  readonly url: string;
  /** For `AWS_CONTAINER_AUTHORIZATION_TOKEN`: random per server. */
  readonly authorizationToken: string;
  /** Stops listening and drops open connections; once it resolves, the server has left no socket or timer behind. */
  close(): Promise<void>;
}

/**
 * Serves `provider`'s credentials over the container-credentials protocol (the one ECS
 * and EKS Pod Identity use, which every AWS SDK reads through
 * `AWS_CONTAINER_CREDENTIALS_FULL_URI`), so a long-running child keeps getting fresh
 * credentials from our refreshing providers instead of a snapshot in its environment.
 *
 * Only loopback peers presenting the random authorization token are answered; the token
 * is compared in constant time (as SHA-256 digests, so lengths never leak either).
 *
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
 * @public
 */
export async function startContainerCredentialsServer(provider: CredentialProvider): Promise<ContainerCredentialsServer> {
  const authorizationToken = randomBytes(32).toString('base64url');
  const expectedDigest = sha256(authorizationToken);
  const server = createServer((request, response) => {
    void answer(request, response, provider, expectedDigest);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}${CREDENTIALS_PATH}`,
    authorizationToken,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A caller may still be mid-request (its reply is awaiting the provider): drop it too.
        server.closeAllConnections();
      }),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, provider: CredentialProvider, expectedDigest: Buffer): Promise<void> {
  if (!LOOPBACK_PEERS.has(request.socket.remoteAddress ?? '')) return reply(response, 403, { Code: 'Forbidden', Message: 'loopback only' });
  if (!timingSafeEqual(sha256(request.headers.authorization ?? ''), expectedDigest)) {
    return reply(response, 401, { Code: 'Unauthorized', Message: 'missing or wrong authorization token' });
  }
  if (request.method !== 'GET' || request.url !== CREDENTIALS_PATH) return reply(response, 404, { Code: 'NotFound', Message: 'GET /credentials' });
  try {
    const credentials = await provider();
    reply(response, 200, {
      AccessKeyId: credentials.accessKeyId,
      SecretAccessKey: credentials.secretAccessKey,
      Token: credentials.sessionToken,
      Expiration: credentials.expiration?.toISOString(),
      AccountId: credentials.accountId,
    });
  } catch (error) {
    // Our providers' messages never hold secrets; the child's SDK shows this one.
    reply(response, 500, { Code: 'CredentialsError', Message: describeError(error) });
  }
}

/**
 * Answers and closes the connection. A caller asks once per refresh (about hourly), so
 * keep-alive saves nothing, and it would leave Node's keep-alive timer (5 s, set when the
 * reply finishes) on the socket. The `Date` header is written here for the same reason:
 * left to Node, it comes from a process-wide cache whose reset timer (up to 1 s) would
 * outlive a server stopped right after answering.
 */
function reply(response: ServerResponse, status: number, body: Record<string, string | undefined>): void {
  response
    .writeHead(status, { 'content-type': 'application/json', connection: 'close', date: new Date().toUTCString() })
    .end(JSON.stringify(body));
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
