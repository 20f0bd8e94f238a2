/**
 * The wire as a client sees it, without any SDK: envelopes, protocol errors, scripted faults,
 * keep-alive, the trail file, and a `close()` that leaves nothing running.
 */
import { GetCallerIdentityCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { mkdtemp, readFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSts, type LocalSts } from '../src/startLocalSts.js';
import { failureOf, sdkClient } from './support/sdk.js';

const FROZEN = Math.floor(Date.now() / 1000) * 1000;

async function post(sts: LocalSts, body: string, signal?: AbortSignal): Promise<{ status: number; text: string; requestId: string | null }> {
  const reply = await fetch(sts.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    ...(signal ? { signal } : {}),
  });
  return { status: reply.status, text: await reply.text(), requestId: reply.headers.get('x-amzn-requestid') };
}

describe('local-sts wire', () => {
  let sts: LocalSts;
  beforeEach(async () => {
    sts = await startLocalSts({ clock: { now: () => FROZEN } });
  });
  afterEach(() => sts.close());

  it('should answer an unsigned call with MissingAuthenticationToken in a full ErrorResponse', async () => {
    const reply = await post(sts, 'Action=GetCallerIdentity&Version=2011-06-15');
    expect(reply.status).toBe(403);
    expect(reply.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reply.text).toBe(
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code>' +
        `<Message>Request is missing Authentication Token</Message></Error><RequestId>${reply.requestId}</RequestId></ErrorResponse>\n`,
    );
  });

  it.each([
    ['Version=2011-06-15', 'MissingAction'],
    ['Action=DescribeInstances&Version=2011-06-15', 'InvalidAction'],
    ['Action=GetCallerIdentity', 'MissingParameter'],
    ['Action=GetCallerIdentity&Version=2010-01-01', 'InvalidAction'],
  ])('should answer %s with %s (400)', async (body, code) => {
    const reply = await post(sts, body);
    expect(reply.status).toBe(400);
    expect(reply.text).toContain(`<Code>${code}</Code>`);
  });

  it('should take the unsigned operations without a signature and validate them', async () => {
    const reply = await post(sts, 'Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fx');
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('2 validation errors detected: Value null at &apos;roleSessionName&apos;');
  });

  it('should throttle the next N calls of one action, then recover', async () => {
    sts.faults.add({ action: 'AssumeRole', times: 2, fault: { kind: 'throttle' } });
    const assume = () => sdkClient(sts).send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[0], RoleSessionName: 'throttled' }));
    expect(await failureOf(assume())).toMatchObject({ code: 'Throttling', status: 400, message: 'Rate exceeded' });
    await expect(sdkClient(sts).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
    expect(await failureOf(assume())).toMatchObject({ code: 'Throttling' });
    await expect(assume()).resolves.toBeDefined();
    expect(sts.calls('AssumeRole')).toBe(3);
    expect(sts.faults.pending()).toEqual([]);
  });

  it('should let SDK retries ride out a throttling burst', async () => {
    sts.faults.add({ action: 'GetCallerIdentity', times: 2, fault: { kind: 'error', code: 'ServiceUnavailable', status: 503 } });
    await expect(sdkClient(sts, undefined, { maxAttempts: 3 }).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
    expect(sts.calls('GetCallerIdentity')).toBe(3);
  });

  it.each([
    ['html', 502, /^<html>/],
    ['malformed', 200, /not XML/],
  ] as const)('should send a %s body when scripted', async (kind, status, body) => {
    sts.faults.add({ fault: { kind } });
    const reply = await post(sts, 'Action=GetCallerIdentity&Version=2011-06-15');
    expect(reply.status).toBe(status);
    expect(reply.text).toMatch(body);
  });

  it('should drop, truncate or hang when scripted', async () => {
    sts.faults.add({ times: 1, fault: { kind: 'drop' } });
    await expect(post(sts, 'Action=GetCallerIdentity&Version=2011-06-15')).rejects.toThrow();
    sts.faults.add({ times: 1, fault: { kind: 'truncated' } });
    await expect(post(sts, 'Action=GetCallerIdentity&Version=2011-06-15')).rejects.toThrow();
    sts.faults.add({ times: 1, fault: { kind: 'hang' } });
    const hung = new AbortController();
    const pending = post(sts, 'Action=GetCallerIdentity&Version=2011-06-15', hung.signal);
    hung.abort();
    await expect(pending).rejects.toThrow();
  });

  it('should keep connections alive between requests', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = () =>
      new Promise<boolean>((resolve, reject) => {
        const outgoing = request(sts.endpoint, { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (reply) => {
          reply.resume();
          reply.on('end', () => resolve(outgoing.reusedSocket));
        });
        outgoing.on('error', reject);
        outgoing.end('Action=GetCallerIdentity&Version=2011-06-15');
      });
    expect(await send()).toBe(false);
    expect(await send()).toBe(true);
    agent.destroy();
  });

  it('should close hung connections and stop listening on close()', async () => {
    sts.faults.add({ fault: { kind: 'hang' } });
    const pending = post(sts, 'Action=GetCallerIdentity&Version=2011-06-15');
    await new Promise((resolve) => setImmediate(resolve));
    const other = await startLocalSts();
    await sts.close();
    await expect(pending).rejects.toThrow();
    await expect(post(sts, 'Action=GetCallerIdentity&Version=2011-06-15')).rejects.toThrow();
    sts = other;
  });
});

describe('local-sts trail file', () => {
  it('should append one JSON line per call, without secrets', async () => {
    const trailFile = join(await mkdtemp(join(tmpdir(), 'local-sts-')), 'trail.jsonl');
    const sts = await startLocalSts({ trailFile, clock: { now: () => FROZEN } });
    const assumed = await sdkClient(sts).send(new AssumeRoleCommand({ RoleArn: sts.defaults.roleArns[0], RoleSessionName: 'filed' }));
    await sdkClient(sts).send(new GetCallerIdentityCommand({}));
    await sts.close();
    const lines = (await readFile(trailFile, 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).eventName)).toEqual(['AssumeRole', 'GetCallerIdentity']);
    expect(lines.join('\n')).not.toContain(assumed.Credentials!.SecretAccessKey!);
    expect(lines.join('\n')).not.toContain(assumed.Credentials!.SessionToken!);
  });
});
