import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { jest } from '@jest/globals';
import { CredentialsError, ManualClock } from '@stskit/credentials';
import { StsValidationError } from '@stskit/sts';
import { fromWebIdentity, type FromWebIdentityInit } from '../src/fromWebIdentity.js';
import { FakeStsClient, HOUR, stsError } from '../../../test/support/FakeStsClient.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/web';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.first-token.signature';

type Options = Omit<FromWebIdentityInit, 'client' | 'clock'>;

function setup(options: Partial<Options> = {}) {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  const init = { roleArn: ROLE_ARN, roleSessionName: 'pod', ...options } as Options;
  if (init.webIdentityTokenFile === undefined) Object.assign(init, { webIdentityToken: init.webIdentityToken ?? TOKEN });
  const provider = fromWebIdentity({ ...init, client: fake.client, clock });
  return { clock, fake, provider };
}

/** The tokens the fake received, in order. */
function tokensSent(fake: FakeStsClient): unknown[] {
  return fake.requests.map((request) => request.input.WebIdentityToken);
}

async function rejection(promise: Promise<unknown>): Promise<CredentialsError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CredentialsError);
  return error as CredentialsError;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'web-identity-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe(fromWebIdentity.name, () => {
  it('should send AssumeRoleWithWebIdentity with every request member and the token', async () => {
    const { fake, provider } = setup({
      providerId: 'www.amazon.com',
      policy: '{"Version":"2012-10-17","Statement":[]}',
      policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      durationSeconds: 900,
    });
    const credentials = await provider();
    expect(fake.requests).toEqual([
      {
        operation: 'AssumeRoleWithWebIdentity',
        input: {
          RoleArn: ROLE_ARN,
          RoleSessionName: 'pod',
          WebIdentityToken: TOKEN,
          ProviderId: 'www.amazon.com',
          Policy: '{"Version":"2012-10-17","Statement":[]}',
          PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
          DurationSeconds: 900,
        },
      },
    ]);
    expect(credentials).toMatchObject({ accessKeyId: 'ASIAFAKEWEBIDENTITY1', accountId: '111122223333' });
  });

  it('should name the session after the clock when no roleSessionName is given', async () => {
    const { clock, fake, provider } = setup({ roleSessionName: undefined });
    await provider();
    expect(fake.requests[0]?.input.RoleSessionName).toBe(`stskit-${clock.now()}`);
  });

  it('should call a token function once per refresh, never for cached calls', async () => {
    let minted = 0;
    const webIdentityToken = jest.fn(async () => `minted-token-${++minted}`);
    const { clock, fake, provider } = setup({ webIdentityToken });
    await Promise.all(Array.from({ length: 20 }, () => provider()));
    await clock.advance(30 * 60_000);
    await provider();
    expect(webIdentityToken).toHaveBeenCalledTimes(1);
    await clock.advance(HOUR);
    await provider();
    expect(tokensSent(fake)).toEqual(['minted-token-1', 'minted-token-2']);
  });

  it('should re-read the token file at every refresh, so a rotated token is used', async () => {
    const file = join(dir, 'token');
    await writeFile(file, 'rotated-token-1\n');
    const { clock, fake, provider } = setup({ webIdentityTokenFile: file });
    await provider();
    await writeFile(file, 'rotated-token-2\n');
    await provider();
    expect(tokensSent(fake)).toEqual(['rotated-token-1']);
    await clock.advance(HOUR);
    await provider();
    expect(tokensSent(fake)).toEqual(['rotated-token-1', 'rotated-token-2']);
  });

  it('should fail with InvalidConfiguration naming a missing token file, sending nothing', async () => {
    const file = join(dir, 'absent');
    const { fake, provider } = setup({ webIdentityTokenFile: file });
    const error = await rejection(provider());
    expect(error.kind).toBe('InvalidConfiguration');
    expect(error.message).toBe(`fromWebIdentity: cannot read the web identity token file ${file}: no such file`);
    expect(error.tryNextLink).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it.each(['', ' \n'])('should fail with InvalidConfiguration for an empty token file (%j)', async (content) => {
    const file = join(dir, 'token');
    await writeFile(file, content);
    const { fake, provider } = setup({ webIdentityTokenFile: file });
    await expect(provider()).rejects.toThrow(`fromWebIdentity: the web identity token file ${file} is empty`);
    expect(fake.requests).toHaveLength(0);
  });

  it.each([{ token: '' }, { token: 'abc' }, { token: 42 }])(
    'should reject what a token function gave when it is no token ($token), without quoting it',
    async ({ token }) => {
      const { fake, provider } = setup({ webIdentityToken: () => token as string });
      const error = await rejection(provider());
      expect(error.kind).toBe('InvalidConfiguration');
      expect(error.message).toBe(
        'fromWebIdentity: what webIdentityToken() gave must be a string of 4 to 20000 characters',
      );
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('should retry InvalidIdentityToken after a pause on the clock, re-reading the token', async () => {
    let minted = 0;
    const { clock, fake, provider } = setup({ webIdentityToken: () => `minted-token-${++minted}` });
    fake.failures.push(stsError('InvalidIdentityToken'), stsError('InvalidIdentityToken'));
    const credentials = provider();
    await clock.advance(0);
    expect(fake.requests).toHaveLength(1); // pausing before the retry
    await clock.advance(3_000); // the longest two pauses: 1 s, then 2 s
    await expect(credentials).resolves.toMatchObject({ accessKeyId: 'ASIAFAKEWEBIDENTITY3' });
    expect(tokensSent(fake)).toEqual(['minted-token-1', 'minted-token-2', 'minted-token-3']);
  });

  it('should give up on InvalidIdentityToken after 3 attempts', async () => {
    const { clock, fake, provider } = setup();
    const refusal = stsError('InvalidIdentityToken');
    fake.failures.push(refusal, refusal, refusal, refusal);
    const credentials = rejection(provider());
    await clock.advance(3_000);
    expect(await credentials).toMatchObject({ kind: 'ProviderFailed', cause: refusal });
    expect(fake.requests).toHaveLength(3);
  });

  it('should retry ExpiredTokenException once with a re-read token', async () => {
    const tokens = ['expired-token', 'fresh-token'];
    const { fake, provider } = setup({ webIdentityToken: () => tokens.shift() ?? 'no-more-tokens' });
    fake.failures.push(stsError('ExpiredTokenException'));
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIAFAKEWEBIDENTITY2' });
    expect(tokensSent(fake)).toEqual(['expired-token', 'fresh-token']);
  });

  it.each([
    { what: 'the token has not changed', failures: ['ExpiredTokenException'], attempts: 1 },
    { what: 'the re-read token expired too', failures: ['ExpiredTokenException', 'ExpiredTokenException'], attempts: 2 },
    { what: 'STS refuses access', failures: ['AccessDenied'], attempts: 1 },
    { what: 'STS rejects the claims', failures: ['IDPRejectedClaim'], attempts: 1 },
  ])('should not retry when $what', async ({ failures, attempts }) => {
    let minted = 0;
    const { fake, provider } = setup({
      webIdentityToken: failures.length > 1 ? () => `minted-token-${++minted}` : TOKEN,
    });
    fake.failures.push(...failures.map((code) => stsError(code)));
    await expect(provider()).rejects.toMatchObject({ kind: 'ProviderFailed', cause: { name: failures.at(-1) } });
    expect(fake.requests).toHaveLength(attempts);
  });

  it('should turn an StsValidationError into InvalidConfiguration with the original as cause', async () => {
    const { fake, provider } = setup();
    const invalid = new StsValidationError('AssumeRoleWithWebIdentity', [
      { field: 'WebIdentityToken', rule: 'length', message: 'must be 4 to 20000 characters' },
    ]);
    fake.failures.push(invalid);
    await expect(provider()).rejects.toMatchObject({ kind: 'InvalidConfiguration', cause: invalid });
  });

  it('should share one call in flight between providers of the same role and token file', async () => {
    const file = join(dir, 'token');
    await writeFile(file, TOKEN);
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    const providers = Array.from({ length: 10 }, () =>
      fromWebIdentity({ roleArn: ROLE_ARN, roleSessionName: 'pod', webIdentityTokenFile: file, client: fake.client, clock }),
    );
    await Promise.all(providers.map((provider) => provider()));
    expect(fake.requests).toHaveLength(1);
  });

  it('should not share calls between providers with different token functions', async () => {
    const clock = new ManualClock();
    const fake = new FakeStsClient(clock);
    const providers = ['token-of-alice', 'token-of-bob'].map((token) =>
      fromWebIdentity({ roleArn: ROLE_ARN, roleSessionName: 'pod', webIdentityToken: () => token, client: fake.client, clock }),
    );
    await Promise.all(providers.map((provider) => provider()));
    expect(tokensSent(fake).sort()).toEqual(['token-of-alice', 'token-of-bob']);
  });

  it('should keep tokens and secrets out of errors and printed credentials', async () => {
    const { clock, fake, provider } = setup();
    const refusal = stsError('AccessDenied', 403);
    fake.failures.push(refusal);
    const error = await rejection(provider());
    await clock.advance(1_000); // past the second in which callers share a failure
    const credentials = await provider();
    const printed = [inspect(error), JSON.stringify(error), inspect(credentials), JSON.stringify(credentials)].join(' ');
    expect(printed).not.toContain(TOKEN);
    expect(printed).not.toContain(credentials.secretAccessKey);
    expect(printed).not.toContain(credentials.sessionToken);
  });
});
