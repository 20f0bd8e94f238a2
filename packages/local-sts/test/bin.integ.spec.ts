/**
 * The `stskit-local-sts` bin as a user runs it: it prints its endpoint and the default
 * identities, answers signed calls, and exits cleanly on SIGTERM. Runs the built bin.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StsClient } from '@stskit/sts';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

function readUntil(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (pattern.test(output)) resolve(output);
    });
    child.once('exit', (code) => reject(new Error(`local-sts exited with ${code} before printing its banner: ${output}`)));
  });
}

describe('stskit-local-sts bin', () => {
  it('should print its endpoint and identities, serve signed calls, and stop on SIGTERM', async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
    const child = spawn(process.execPath, [BIN, '--port', '0'], { stdio: 'pipe' });
    const banner = await readUntil(child, /^try: .*$/m);
    const endpoint = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    const accessKeyId = /^AWS_ACCESS_KEY_ID=(\S+)$/m.exec(banner)?.[1];
    const secretAccessKey = /^AWS_SECRET_ACCESS_KEY=(\S+)$/m.exec(banner)?.[1];
    expect(endpoint && accessKeyId && secretAccessKey).toBeTruthy();

    const client = new StsClient({ region: 'us-east-1', endpoint, env: {}, credentials: { accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey! } });
    try {
      const identity = await client.getCallerIdentity();
      expect(banner).toContain(`user:               ${identity.Arn}`);
    } finally {
      client.destroy();
    }

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
