/**
 * Starts `python3 -m moto.server` on a free loopback port for one test file and stops it
 * afterwards. moto is a peer we did not write: our client must work against it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface MotoServer {
  readonly endpoint: string;
  /**
   * Switches on moto's request authentication (signature checking) after `freeActions`
   * more requests, which can create the IAM user and access key the later ones sign with.
   */
  enableAuth(freeActions: number): Promise<void>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto exited early with code ${child.exitCode}`);
    try {
      const reply = await fetch(`${endpoint}/moto-api/`);
      if (reply.ok || reply.status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`moto did not start within ${deadlineMs} ms`);
}

export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, MOTO_CALL_RESET_API: 'true' },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilUp(endpoint, child, 30_000);
  return {
    endpoint,
    async enableAuth(freeActions) {
      const reply = await fetch(`${endpoint}/moto-api/reset-auth`, { method: 'POST', body: String(freeActions) });
      if (!reply.ok) throw new Error(`moto reset-auth failed: HTTP ${reply.status}`);
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
