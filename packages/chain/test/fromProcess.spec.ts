import { ManualClock } from '@stskit/credentials';
import { fromProcess } from '../src/index.js';
import { tempHome } from './support/tempHome.js';

const node = JSON.stringify(process.execPath);
const print = (reply: unknown): string => `${node} -e 'process.stdout.write(${JSON.stringify(JSON.stringify(reply))})'`;
const reply = { Version: 1, AccessKeyId: 'ASIAPROC', SecretAccessKey: 'process-secret', SessionToken: 'process-token' };

describe(fromProcess.name, () => {
  it('should parse the Version 1 JSON', async () => {
    await expect(fromProcess({ command: print({ ...reply, AccountId: '111122223333' }) })()).resolves.toEqual({
      accessKeyId: 'ASIAPROC',
      secretAccessKey: 'process-secret',
      sessionToken: 'process-token',
      accountId: '111122223333',
    });
  });

  it('should run again ahead of the Expiration it carries, and not before', async () => {
    const home = tempHome();
    try {
      const clock = new ManualClock(Date.parse('2030-01-01T00:00:00Z'));
      const command = `echo run >> ${home.path('runs')}; ${print({ ...reply, Expiration: '2030-01-01T01:00:00Z' })}`;
      const provider = fromProcess({ command, clock });
      await provider();
      await provider();
      await clock.advance(59.5 * 60_000);
      await provider();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(home.path('runs'), 'utf8').trim().split('\n')).toHaveLength(2);
    } finally {
      home.remove();
    }
  });

  it('should show stderr, never stdout, when the command fails', async () => {
    const command = `echo process-secret-on-stdout; echo "no session: run login" >&2; exit 3`;
    const error = (await fromProcess({ command })().catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('credential_process exited with code 3; its stderr: no session: run login');
    expect(error.message).not.toContain('process-secret');
  });

  it('should kill a hanging command at the timeout', async () => {
    const started = Date.now();
    await expect(fromProcess({ command: 'sleep 30', timeoutMs: 200 })()).rejects.toMatchObject({
      kind: 'ProviderFailed',
      message: 'credential_process did not finish within 200 ms and was killed',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['garbage', 'echo garbage-with-process-secret', 'credential_process gave 28 characters that are not a JSON object; expected credentials JSON'],
    ['nothing', 'true', 'credential_process gave nothing; expected credentials JSON'],
    ['a wrong Version', print({ ...reply, Version: 2 }), 'credential_process gave Version 2; only Version 1 is supported'],
    ['no secret key', print({ Version: 1, AccessKeyId: 'A' }), 'credential_process gave no SecretAccessKey'],
    ['a bad Expiration', print({ ...reply, Expiration: 'tomorrow' }), 'credential_process gave an Expiration that is not an ISO 8601 date'],
  ])('should reject %s clearly, quoting none of it', async (_what, command, message) => {
    await expect(fromProcess({ command })()).rejects.toMatchObject({ kind: 'ProviderFailed', message });
  });

  it('should pass the injected environment to the command', async () => {
    await expect(fromProcess({ command: `${node} -e 'process.stdout.write(process.env.REPLY)'`, env: { PATH: process.env.PATH, REPLY: JSON.stringify(reply) } })()).resolves.toMatchObject({
      accessKeyId: 'ASIAPROC',
    });
  });

  it('should reject an empty command', () => {
    expect(() => fromProcess({ command: ' ' })).toThrow(new TypeError('Expected `command` to be a non-empty string'));
  });
});
