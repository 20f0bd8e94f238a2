import { Agent } from 'node:http';
import { MAX_RESPONSE_BYTES, sendHttpRequest } from '../../src/http/sendHttpRequest.js';
import { StsNetworkError } from '../../src/errors/StsNetworkError.js';
import { StsResponseError } from '../../src/errors/StsResponseError.js';
import { startScriptedServer, type ScriptedServer } from '../support/scriptedServer.js';

describe(sendHttpRequest.name, () => {
  let server: ScriptedServer;
  const agent = new Agent({ keepAlive: true });
  const send = (timeoutMs = 2000, abortSignal?: AbortSignal) =>
    sendHttpRequest(
      { url: new URL(server.endpoint), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=X' },
      { agent, timeoutMs, abortSignal },
    );

  beforeEach(async () => {
    server = await startScriptedServer();
  });
  afterEach(async () => {
    await server.close();
  });
  afterAll(() => agent.destroy());

  it('should post the body and return status, headers and the whole body', async () => {
    server.script({ status: 200, body: '<ok/>', headers: { 'x-amzn-requestid': 'abc' } });
    const response = await send();
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('<ok/>');
    expect(response.headers['x-amzn-requestid']).toBe('abc');
    expect(server.requests[0]?.body).toBe('Action=X');
  });

  it('should reuse the kept-alive connection for the next request', async () => {
    server.script({ status: 200, body: 'a' }, { status: 200, body: 'b' });
    const sockets = new Set<unknown>();
    agent.on('free', (socket) => sockets.add(socket));
    await send();
    await send();
    expect(sockets.size).toBe(1);
  });

  it('should give up on a peer that accepts and never answers', async () => {
    server.script({ hang: true });
    await expect(send(50)).rejects.toMatchObject({ name: 'StsNetworkError', code: 'TimeoutError' });
  });

  it('should report a reset connection as a network error', async () => {
    server.script({ reset: true });
    await expect(send()).rejects.toBeInstanceOf(StsNetworkError);
  });

  it('should report a reply cut off mid-body as a network error', async () => {
    server.script({ partial: '<AssumeRoleResponse>' });
    await expect(send()).rejects.toMatchObject({ name: 'StsNetworkError', code: 'ECONNRESET' });
  });

  it('should refuse a reply larger than 1 MiB without reading it all', async () => {
    server.script({ status: 200, body: 'x'.repeat(MAX_RESPONSE_BYTES + 1) });
    await expect(send()).rejects.toBeInstanceOf(StsResponseError);
  });

  it('should reject with the abort reason when aborted mid-request', async () => {
    server.script({ hang: true });
    const controller = new AbortController();
    const pending = send(5000, controller.signal);
    setImmediate(() => controller.abort(new Error('caller gave up')));
    await expect(pending).rejects.toThrow('caller gave up');
  });

  it('should not send at all when already aborted', async () => {
    await expect(send(1000, AbortSignal.abort(new Error('early')))).rejects.toThrow('early');
    expect(server.requests).toHaveLength(0);
  });

  it('should report a refused connection as a network error', async () => {
    const closedPort = new URL(server.endpoint);
    await server.close();
    server = await startScriptedServer();
    const result = sendHttpRequest(
      { url: closedPort, headers: {}, body: '' },
      { agent, timeoutMs: 1000 },
    );
    await expect(result).rejects.toMatchObject({ name: 'StsNetworkError', code: 'ECONNREFUSED' });
  });
});
