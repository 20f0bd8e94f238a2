import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CredentialsError, ManualClock } from '@stskit/credentials';
import {
  ENV_ROLE_ARN,
  ENV_ROLE_SESSION_NAME,
  ENV_TOKEN_FILE,
  fromWebIdentityEnv,
} from '../src/fromWebIdentityEnv.js';
import { FakeStsClient } from '../../../test/support/FakeStsClient.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/web';

let dir: string;
let tokenFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'web-identity-env-'));
  tokenFile = join(dir, 'token');
  await writeFile(tokenFile, 'projected-service-account-token');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function setup(env: Record<string, string | undefined>) {
  const clock = new ManualClock();
  const fake = new FakeStsClient(clock);
  return { fake, provider: fromWebIdentityEnv({ env, client: fake.client, clock }) };
}

async function rejection(promise: Promise<unknown>): Promise<CredentialsError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CredentialsError);
  return error as CredentialsError;
}

describe(fromWebIdentityEnv.name, () => {
  it('should read the names EKS sets', () => {
    expect([ENV_TOKEN_FILE, ENV_ROLE_ARN, ENV_ROLE_SESSION_NAME]).toEqual([
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_ROLE_ARN',
      'AWS_ROLE_SESSION_NAME',
    ]);
  });

  it('should assume the role with the token file and the session name of the environment', async () => {
    const { fake, provider } = setup({
      [ENV_TOKEN_FILE]: tokenFile,
      [ENV_ROLE_ARN]: ROLE_ARN,
      [ENV_ROLE_SESSION_NAME]: 'orders-7d9f',
    });
    await provider();
    expect(fake.requests).toEqual([
      {
        operation: 'AssumeRoleWithWebIdentity',
        input: expect.objectContaining({ RoleArn: ROLE_ARN, RoleSessionName: 'orders-7d9f', WebIdentityToken: 'projected-service-account-token' }),
      },
    ]);
  });

  it('should name the session itself when AWS_ROLE_SESSION_NAME is unset', async () => {
    const { fake, provider } = setup({ [ENV_TOKEN_FILE]: tokenFile, [ENV_ROLE_ARN]: ROLE_ARN });
    await provider();
    expect(fake.requests[0]?.input.RoleSessionName).toMatch(/^stskit-\d+$/u);
  });

  it.each([
    { what: 'an empty environment', env: {} },
    { what: 'empty values', env: { [ENV_TOKEN_FILE]: '', [ENV_ROLE_ARN]: '' } },
    { what: 'only a session name', env: { [ENV_ROLE_SESSION_NAME]: 'orders' } },
  ])('should reject with NotLoaded, so a chain moves on, given $what', async ({ env }) => {
    const { fake, provider } = setup(env);
    const error = await rejection(provider());
    expect(error).toMatchObject({ kind: 'NotLoaded', tryNextLink: true });
    expect(error.message).toBe('fromWebIdentityEnv: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set');
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    { env: { [ENV_ROLE_ARN]: ROLE_ARN }, message: 'AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not' },
    { env: { [ENV_TOKEN_FILE]: '/token', [ENV_ROLE_ARN]: '' }, message: 'AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not' },
  ])('should reject with InvalidConfiguration naming the missing variable: $message', async ({ env, message }) => {
    const error = await rejection(setup(env).provider());
    expect(error).toMatchObject({ kind: 'InvalidConfiguration', tryNextLink: false, message: `fromWebIdentityEnv: ${message}` });
  });

  it('should reject an invalid value when called, not when created', async () => {
    const { provider } = setup({ [ENV_TOKEN_FILE]: tokenFile, [ENV_ROLE_ARN]: 'not-an-arn' });
    const error = await rejection(provider());
    expect(error).toMatchObject({ kind: 'InvalidConfiguration' });
    expect(error.message).toContain('roleArn must be a string of 20 to 2048 characters');
  });

  it('should document every variable it reads in the README', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const name of [ENV_TOKEN_FILE, ENV_ROLE_ARN, ENV_ROLE_SESSION_NAME]) expect(readme).toContain(`\`${name}\``);
  });
});
