import type { IncomingMessage, ServerResponse } from 'node:http';
import { ManualClock } from '@stskit/credentials';
import { fromImds } from '../src/index.js';
import { json, SAMPLE, startMetadataServer, type MetadataServer } from './support/metadataServer.js';

type Mode = 'up' | 'down' | 'no-role' | 'token-forbidden';

function imds(state: { mode: Mode; expiration: string }) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (state.mode === 'down') return void res.writeHead(503).end();
    if (req.url === '/latest/api/token') {
      if (req.method !== 'PUT' || req.headers['x-aws-ec2-metadata-token-ttl-seconds'] === undefined) return void res.writeHead(400).end();
      return void (state.mode === 'token-forbidden' ? res.writeHead(403).end() : res.end('session-token'));
    }
    if (req.headers['x-aws-ec2-metadata-token'] !== 'session-token') return void res.writeHead(401).end();
    if (req.url === '/latest/meta-data/iam/security-credentials/') return void (state.mode === 'no-role' ? res.writeHead(404).end() : res.end('web-role\n'));
    if (req.url === '/latest/meta-data/iam/security-credentials/web-role') return json(res, 200, { Code: 'Success', ...SAMPLE, Expiration: state.expiration });
    res.writeHead(404).end();
  };
}

describe(fromImds.name, () => {
  const start = Date.parse('2030-01-01T00:00:00Z');
  let server: MetadataServer;
  const state = { mode: 'up' as Mode, expiration: '2030-01-01T06:00:00Z' };
  beforeEach(async () => {
    Object.assign(state, { mode: 'up', expiration: '2030-01-01T06:00:00Z' });
    server = await startMetadataServer(imds(state));
  });
  afterEach(() => server.close());

  it('should use IMDSv2: a session token, the role, then its credentials', async () => {
    const credentials = await fromImds({ endpoint: server.url, clock: new ManualClock(start) })();
    expect(credentials).toMatchObject({ accessKeyId: 'ASIAMETADATA', sessionToken: 'metadata-token', expiration: new Date(state.expiration) });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/iam/security-credentials/',
      'GET /latest/meta-data/iam/security-credentials/web-role',
    ]);
    expect(server.requests[0]!.headers['x-aws-ec2-metadata-token-ttl-seconds']).toBe('21600');
  });

  it('should read the endpoint from AWS_EC2_METADATA_SERVICE_ENDPOINT', async () => {
    await expect(fromImds({ env: { AWS_EC2_METADATA_SERVICE_ENDPOINT: server.url }, clock: new ManualClock(start) })()).resolves.toMatchObject({ accessKeyId: 'ASIAMETADATA' });
  });

  it('should pass (NotLoaded) when disabled, unreachable, or without an instance profile', async () => {
    await expect(fromImds({ env: { AWS_EC2_METADATA_DISABLED: 'true' }, endpoint: server.url })()).rejects.toMatchObject({ kind: 'NotLoaded' });
    await expect(fromImds({ endpoint: 'http://127.0.0.1:9', timeoutMs: 200, maxAttempts: 1 })()).rejects.toMatchObject({ kind: 'NotLoaded' });
    state.mode = 'no-role';
    await expect(fromImds({ endpoint: server.url })()).rejects.toMatchObject({ kind: 'NotLoaded', message: 'IMDS: this instance has no instance profile' });
  });

  it('should fail when the token is refused, with no fallback to IMDSv1', async () => {
    state.mode = 'token-forbidden';
    await expect(fromImds({ endpoint: server.url })()).rejects.toMatchObject({ kind: 'ProviderFailed', message: expect.stringContaining('HTTP 403') });
    expect(server.requests).toHaveLength(1);
  });

  it('should time out and retry a hanging IMDS', async () => {
    const hanging = await startMetadataServer(() => undefined);
    try {
      await expect(fromImds({ endpoint: hanging.url, timeoutMs: 100, maxAttempts: 3 })()).rejects.toThrow(/within 100 ms/);
      expect(hanging.requests).toHaveLength(3);
    } finally {
      await hanging.close();
    }
  });

  it('should keep serving, extended 5 to 10 minutes at a time, while IMDS is down, and no longer than the tolerance', async () => {
    const clock = new ManualClock(start);
    const warnings: string[] = [];
    const logger = { debug: () => undefined, info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined };
    const provider = fromImds({ endpoint: server.url, clock, random: () => 0.5, staleToleranceMs: 30 * 60_000, logger, maxAttempts: 1 });
    await provider();
    state.mode = 'down';
    await clock.advance(6 * 3_600_000 - 30_000); // 30 s before the stated expiration
    const extended = await provider();
    expect(extended.expiration).toEqual(new Date(clock.now() + 7.5 * 60_000));
    expect(warnings[0]).toMatch(/^IMDS credentials expired at 2030-01-01T06:00:00.000Z; serving them until /);
    await clock.advance(40 * 60_000); // past expiration + tolerance
    await expect(provider()).rejects.toMatchObject({ kind: 'ProviderFailed' });
    expect(JSON.stringify(warnings)).not.toContain('metadata-secret');
  });

  it('should extend credentials IMDS hands out already expired', async () => {
    const clock = new ManualClock(Date.parse('2030-01-01T06:01:00Z'));
    const credentials = await fromImds({ endpoint: server.url, clock, random: () => 0 })();
    expect(credentials.expiration).toEqual(new Date(clock.now() + 5 * 60_000));
  });
});
