import { inspect } from 'node:util';
import { StsClient } from '../../src/client/StsClient.js';
import { StsConfigurationError } from '../../src/errors/StsConfigurationError.js';
import { StsResponseError } from '../../src/errors/StsResponseError.js';
import { StsServiceError } from '../../src/errors/StsServiceError.js';
import { StsValidationError } from '../../src/errors/StsValidationError.js';
import { startScriptedServer, type ScriptedServer } from '../support/scriptedServer.js';

const SECRET = 'testSecretKey/0000000000000000000000000000';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN';
const staticKeys = { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: SECRET };

const callerIdentity = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::012345678901:user/alice</Arn>
    <UserId>AIDAEXAMPLE000000001</UserId>
    <Account>012345678901</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>`;

const assumeRoleWithWebIdentity = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIAEXAMPLE000000002</AccessKeyId>
      <SecretAccessKey>${SECRET}</SecretAccessKey>
      <SessionToken>${TOKEN}</SessionToken>
      <Expiration>2026-01-01T01:00:00Z</Expiration>
    </Credentials>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>req-web</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;

const errorReply = (code: string, message = 'refused', type = 'Sender') =>
  `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-${code}</RequestId></ErrorResponse>`;

describe(StsClient.name, () => {
  let server: ScriptedServer;
  let delays: number[];
  const clients: StsClient[] = [];
  const makeClient = (overrides: ConstructorParameters<typeof StsClient>[0] = {}) => {
    const client = new StsClient({
      region: 'us-east-1',
      endpoint: server.endpoint,
      credentials: staticKeys,
      env: {},
      sleep: async (ms) => {
        delays.push(ms);
      },
      ...overrides,
    });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startScriptedServer();
    delays = [];
  });
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await server.close();
  });

  it('should sign a GetCallerIdentity call and return its output with metadata', async () => {
    server.script({ status: 200, body: callerIdentity });
    const result = await makeClient().getCallerIdentity();
    expect(result).toMatchObject({
      Arn: 'arn:aws:iam::012345678901:user/alice',
      Account: '012345678901',
      $metadata: { httpStatusCode: 200, requestId: '11111111-2222-3333-4444-555555555555', attempts: 1, totalRetryDelay: 0 },
    });
    const request = server.requests[0]!;
    expect(request.body).toBe('Action=GetCallerIdentity&Version=2011-06-15');
    expect(request.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE000000001\/\d{8}\/us-east-1\/sts\/aws4_request, SignedHeaders=.*host.*x-amz-date/,
    );
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(request.headers['x-amz-security-token']).toBeUndefined();
  });

  it('should send the session token of temporary credentials and call a provider for every request', async () => {
    server.script({ status: 200, body: callerIdentity }, { status: 200, body: callerIdentity });
    let calls = 0;
    const client = makeClient({
      credentials: async () => {
        calls++;
        return { ...staticKeys, sessionToken: `${TOKEN}${calls}` };
      },
    });
    await client.getCallerIdentity();
    await client.getCallerIdentity();
    expect(calls).toBe(2);
    expect(server.requests.map((request) => request.headers['x-amz-security-token'])).toEqual([`${TOKEN}1`, `${TOKEN}2`]);
  });

  it('should send AssumeRoleWithWebIdentity unsigned, without any credentials configured', async () => {
    server.script({ status: 200, body: assumeRoleWithWebIdentity });
    const client = makeClient({ credentials: undefined });
    const result = await client.assumeRoleWithWebIdentity({
      RoleArn: 'arn:aws:iam::012345678901:role/web',
      RoleSessionName: 'web-session',
      WebIdentityToken: 'eyJhbGciOi.fake.token',
    });
    const { headers } = server.requests[0]!;
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-amz-date']).toBeUndefined();
    expect(result.Credentials?.Expiration).toEqual(new Date('2026-01-01T01:00:00Z'));
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(inspect(result, { depth: 5 })).not.toContain(TOKEN);
  });

  it('should name every bad field before sending anything', async () => {
    const client = makeClient();
    const call = client.assumeRole({ RoleArn: 'short', RoleSessionName: 'bad/name', DurationSeconds: 60 });
    await expect(call).rejects.toBeInstanceOf(StsValidationError);
    const error = (await call.catch((e: unknown) => e)) as StsValidationError;
    expect(error.issues.map((issue) => issue.field).sort()).toEqual(['DurationSeconds', 'RoleArn', 'RoleSessionName']);
    expect(server.requests).toHaveLength(0);
  });

  it('should refuse a signed call without credentials, naming the fix', async () => {
    const client = makeClient({ credentials: undefined });
    await expect(client.getCallerIdentity()).rejects.toThrow(StsConfigurationError);
    expect(server.requests).toHaveLength(0);
  });

  it('should refuse to call without a region or endpoint', async () => {
    const client = new StsClient({ credentials: staticKeys, env: {} });
    clients.push(client);
    await expect(client.getCallerIdentity()).rejects.toThrow(StsConfigurationError);
  });

  it('should retry throttling with backoff and report the attempts', async () => {
    server.script(
      { status: 400, body: errorReply('Throttling', 'Rate exceeded') },
      { status: 400, body: errorReply('Throttling', 'Rate exceeded') },
      { status: 200, body: callerIdentity },
    );
    const result = await makeClient().getCallerIdentity();
    expect(result.$metadata.attempts).toBe(3);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeLessThan(500);
    expect(delays[1]).toBeLessThan(1000);
    expect(result.$metadata.totalRetryDelay).toBe(delays[0]! + delays[1]!);
    const [first, second] = server.requests;
    expect(first?.headers['amz-sdk-invocation-id']).toBe(second?.headers['amz-sdk-invocation-id']);
    expect(second?.headers['amz-sdk-request']).toBe('attempt=2; max=3');
  });

  it('should retry a proxy 503 page and a reset connection', async () => {
    server.script({ status: 503, body: '<html>Service Unavailable</html>' }, { reset: true }, { status: 200, body: callerIdentity });
    const result = await makeClient().getCallerIdentity();
    expect(result.$metadata.attempts).toBe(3);
  });

  it('should give up after maxAttempts with the last error', async () => {
    server.script(
      { status: 500, body: errorReply('InternalFailure', 'boom', 'Receiver') },
      { status: 500, body: errorReply('InternalFailure', 'boom', 'Receiver') },
    );
    const call = makeClient({ maxAttempts: 2 }).getCallerIdentity();
    await expect(call).rejects.toMatchObject({ name: 'InternalFailure', type: 'Receiver', statusCode: 500, retryable: true });
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['AccessDenied', 403],
    ['ValidationError', 400],
    ['InvalidClientTokenId', 403],
  ])('should not retry %s', async (code, status) => {
    server.script({ status, body: errorReply(code) });
    const call = makeClient().getCallerIdentity();
    await expect(call).rejects.toMatchObject({ name: code, code, statusCode: status, retryable: false, requestId: `req-${code}` });
    expect(server.requests).toHaveLength(1);
  });

  it('should keep ExpiredTokenException (400) and ExpiredToken (403) apart', async () => {
    server.script({ status: 400, body: errorReply('ExpiredTokenException') }, { status: 403, body: errorReply('ExpiredToken') });
    const client = makeClient();
    const presented = await client.getCallerIdentity().catch((e: unknown) => e);
    const signing = await client.getCallerIdentity().catch((e: unknown) => e);
    expect(presented).toMatchObject({ code: 'ExpiredTokenException', statusCode: 400 });
    expect(signing).toMatchObject({ code: 'ExpiredToken', statusCode: 403 });
    expect(presented).toBeInstanceOf(StsServiceError);
  });

  it('should give an error reply without a message a readable one', async () => {
    server.script({ status: 403, body: '<ErrorResponse><Error><Code>AccessDenied</Code></Error></ErrorResponse>' });
    await expect(makeClient().getCallerIdentity()).rejects.toThrow('STS answered AccessDenied without a message');
  });

  it('should not retry a reply that is not an STS reply', async () => {
    server.script({ status: 200, body: '<html>captive portal</html>' });
    await expect(makeClient().getCallerIdentity()).rejects.toBeInstanceOf(StsResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it('should correct a skewed clock from the Date header, retry once, and keep the offset', async () => {
    const local = Date.parse('2026-01-01T00:00:00Z');
    const serverDate = 'Thu, 01 Jan 2026 00:20:00 GMT';
    server.script(
      { status: 403, body: errorReply('SignatureDoesNotMatch', 'Signature expired'), headers: { date: serverDate } },
      { status: 200, body: callerIdentity, headers: { date: serverDate } },
      { status: 200, body: callerIdentity, headers: { date: serverDate } },
    );
    const client = makeClient({ clock: { now: () => local }, maxAttempts: 1 });
    const result = await client.getCallerIdentity();
    await client.getCallerIdentity();
    expect(result.$metadata.attempts).toBe(1);
    expect(server.requests.map((request) => request.headers['x-amz-date'])).toEqual([
      '20260101T000000Z',
      '20260101T002000Z',
      '20260101T002000Z',
    ]);
  });

  it('should not retry a signature refusal when the clock was right', async () => {
    server.script({ status: 403, body: errorReply('SignatureDoesNotMatch') });
    await expect(makeClient().getCallerIdentity()).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(server.requests).toHaveLength(1);
  });

  it('should stop waiting between attempts when aborted', async () => {
    server.script({ status: 400, body: errorReply('Throttling') });
    const controller = new AbortController();
    const client = makeClient({
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
          controller.abort(new Error('caller gave up'));
        }),
    });
    await expect(client.getCallerIdentity({}, { abortSignal: controller.signal })).rejects.toThrow('caller gave up');
  });

  it('should log each attempt without any secret', async () => {
    const lines: unknown[] = [];
    const record = (...args: unknown[]) => lines.push(args);
    server.script({ status: 400, body: errorReply('Throttling') }, { status: 200, body: assumeRoleWithWebIdentity });
    const client = makeClient({
      logger: { debug: record, info: record, warn: record, error: record },
      credentials: { ...staticKeys, sessionToken: TOKEN },
    });
    await client.assumeRoleWithWebIdentity({
      RoleArn: 'arn:aws:iam::012345678901:role/web',
      RoleSessionName: 'web-session',
      WebIdentityToken: 'secret-web-identity-token',
    });
    const logged = JSON.stringify(lines);
    expect(lines).toHaveLength(2);
    expect(logged).toContain('"action":"AssumeRoleWithWebIdentity"');
    expect(logged).toContain('"requestId":"req-web"');
    for (const secret of [SECRET, TOKEN, 'secret-web-identity-token']) expect(logged).not.toContain(secret);
  });

  it('should reject a non-integer maxAttempts as API misuse', () => {
    expect(() => new StsClient({ maxAttempts: 0 })).toThrow('Expected `maxAttempts` to be a positive integer, got 0');
  });
});
