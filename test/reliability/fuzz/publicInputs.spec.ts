/**
 * Random inputs to every public entry point: `StsClient` methods with arbitrary objects,
 * and every provider factory with arbitrary init objects (then, where it can be done
 * without leaving the machine or running a command, the provider called once). Each gives
 * a valid request or a typed refusal (`StsValidationError`, `TypeError`, `CredentialsError`
 * of kind `InvalidConfiguration`); never a synchronous throw from a call, never another
 * error, never an unhandled rejection, and no refusal quotes a secret it was given.
 */
import fc from 'fast-check';
import { fromAssumeRole } from '@stskit/assume-role';
import { chain, defaultProvider, fromContainer, fromEnv, fromImds, fromProcess, fromProfile } from '@stskit/chain';
import { CredentialsError, ManualClock, createRefreshingProvider, type CredentialProvider } from '@stskit/credentials';
import { fromFederationToken } from '@stskit/federation-token';
import { fromSaml } from '@stskit/saml';
import { fromSessionToken } from '@stskit/session-token';
import { StsClient, StsValidationError, type StsOperationName } from '@stskit/sts';
import { fromWebIdentity, fromWebIdentityEnv } from '@stskit/web-identity';
import { OPERATIONS } from '../../../packages/sts/src/generated/operations.js';
import * as shapes from '../../../packages/sts/src/generated/shapes.js';
import type { OperationSchema } from '../../../packages/sts/src/model/shapes.js';
import { STS_OPERATIONS } from '../../../packages/sts/src/protocol/constants.js';
import { serializeQuery } from '../../../packages/sts/src/protocol/serializeQuery.js';
import { validateInput } from '../../../packages/sts/src/validation/validateInput.js';
import { readInput } from '../../../packages/local-sts/src/model/readInput.js';
import { OPERATIONS as SERVER_OPERATIONS } from '../../../packages/local-sts/src/rules/operations.js';
import { parseQueryParameters } from '../../../packages/local-sts/src/server/parseQueryParameters.js';
import { fuzzLedger } from '../support/fuzzBudget.js';
import { anyValue, HostileGetterError, optionsObject } from '../support/hostileValues.js';
import { inputFor, stringFor, valueFor } from '../support/modelArbitraries.js';
import { startRefusingServer, type RefusingServer } from '../support/refusingServer.js';
import { secretValue } from '../support/replyTree.js';
import { settleEventLoop, watchUnhandledRejections } from '../support/unhandledRejections.js';

const CLIENT_RUNS_PER_OPERATION = 1_200;
const PROVIDER_RUNS = 1_500;

const ledger = fuzzLedger('public-inputs');
const rejections = watchUnhandledRejections();
let refusing: RefusingServer;

beforeAll(async () => {
  refusing = await startRefusingServer();
});
afterAll(async () => {
  await settleEventLoop();
  rejections.stop();
  await refusing.close();
  ledger.report();
  expect(rejections.seen).toEqual([]);
});

/** The reason the pre-aborted calls reject with once a request is built, validated and signed. */
const SENT = new Error('request built; not sent');

/** Replaces one value somewhere inside `input` (the root included) with `replacement`. */
function replaceSomewhere(input: unknown, at: number, replacement: unknown): unknown {
  const holders: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    for (const [key, member] of Object.entries(value)) {
      holders.push({ parent: value as Record<string, unknown>, key });
      walk(member);
    }
  };
  const copy = plainCopy(input);
  walk(copy);
  const holder = holders[at % (holders.length + 1)];
  if (holder === undefined) return replacement;
  holder.parent[holder.key] = replacement;
  return copy;
}

/** A deep copy of plain data (the valid inputs drawn from the model). */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, plainCopy(member)]));
}

/**
 * True when a structure anywhere in `value` has no members: `{}`, or any other object
 * (a Date, a Map) the validator takes for a structure. Known bug, see requestEncoding.spec.ts.
 */
function hasMemberlessStructure(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasMemberlessStructure);
  if (typeof value !== 'object' || value === null) return false;
  const members = Object.values(value).filter((member) => member !== undefined && member !== null);
  return members.length === 0 || members.some(hasMemberlessStructure);
}

/** Every long string in a value: what a refusal must never quote when the member is secret. */
function secretStrings(operation: OperationSchema, input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  return Object.entries(operation.input.members)
    .filter(([, shape]) => shape.kind === 'string' && shape.sensitive)
    .map(([name]) => (input as Record<string, unknown>)[name])
    .filter((value): value is string => typeof value === 'string' && value.length >= 8);
}

function clientInput(operation: OperationSchema): fc.Arbitrary<unknown> {
  const valid = inputFor(operation.input);
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat(), anyValue).map(([input, at, value]) => replaceSomewhere(input, at, value)),
    optionsObject(Object.fromEntries(Object.keys(operation.input.members).map((name) => [name, anyValue]))),
    anyValue,
  );
}

describe('StsClient methods with arbitrary input', () => {
  const aborted = AbortSignal.abort(SENT);

  it.each(STS_OPERATIONS)('should build a valid %s request or refuse it with a typed error', async (name) => {
    const operation = OPERATIONS[name] as OperationSchema;
    const client = new StsClient({
      endpoint: refusing.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAFUZZ000000000000', secretAccessKey: 'fuzz-signing-secret' },
      env: {},
    });
    await ledger.check(
      `StsClient.${name}`,
      fc.asyncProperty(clientInput(operation), async (input) => {
        let outcome: unknown;
        try {
          outcome = await client.send(name as StsOperationName, input as never, { abortSignal: aborted }).then(
            () => new Error('resolved without a request'),
            (error: unknown) => error,
          );
        } catch (thrown) {
          throw new Error(`threw synchronously: ${String(thrown)}`);
        }
        if (outcome === SENT) {
          expect(validateInput(operation, input ?? {})).toEqual([]);
          if (!hasMemberlessStructure((input ?? {}) as object)) {
            const body = serializeQuery(operation, (input ?? {}) as object);
            const server = SERVER_OPERATIONS.get(name)!;
            expect(() => readInput(server.input, parseQueryParameters('POST', '/', Buffer.from(body)))).not.toThrow();
          }
        } else if (outcome instanceof StsValidationError) {
          expect(outcome.issues.length).toBeGreaterThan(0);
          for (const secret of secretStrings(operation, input)) expect(outcome.message).not.toContain(secret);
        } else if (!(outcome instanceof TypeError || outcome instanceof HostileGetterError)) {
          throw outcome;
        }
      }),
      CLIENT_RUNS_PER_OPERATION,
    );
    client.destroy();
  });
});

/**
 * Options with known bugs (see the failing tests below), which would otherwise fail every
 * run: a `clock` that is not a Clock is accepted by every factory, and each call then throws
 * a TypeError synchronously instead of rejecting; a `providerName` that cannot become a
 * string, or a `random` that is no function, makes createRefreshingProvider's calls reject
 * with a bare TypeError. Until fixed, fuzzed
 * inits carry only valid values of these.
 */
const KNOWN_BAD_OPTIONS = ['clock', 'providerName', 'random'];

/** A value made anew for each run (a clock is stateful; the endpoint is known only once the server runs). */
function fresh<T>(make: () => T): fc.Arbitrary<T> {
  return fc.constant(null).map(make);
}

const SOURCE = { accessKeyId: 'AKIAFUZZSOURCE000000', secretAccessKey: 'S3cr3tFuzzSourceSecretKey0000000000000000' };

/** Valid-looking values of the options every STS-backed provider shares. */
function sharedOptions(safeClientConfig: () => object): Record<string, fc.Arbitrary<unknown>> {
  return {
    clientConfig: fresh(safeClientConfig),
    sourceCredentials: fc.constantFrom<unknown>(SOURCE, async () => SOURCE),
    refresh: fc.constantFrom('lazy', 'background'),
    clock: fc.integer({ min: 0, max: 2 ** 40 }).map((start) => new ManualClock(start)),
    onRefresh: fc.constant(() => undefined),
    onRefreshError: fc.constantFrom(() => undefined, () => { throw new Error('hook'); }),
    logger: fc.constant({ warn: () => undefined }),
  };
}

const tokenCode = fc.constantFrom<unknown>(() => '123456', async () => '654321', () => 'abcdef', () => { throw new Error('cancelled'); });
const arn = stringFor(shapes.arnTypeShape);
const arnList = fc.array(arn, { maxLength: 12 });

interface ProviderTarget {
  readonly name: string;
  readonly create: (init: Record<string, unknown>) => CredentialProvider;
  readonly members: Record<string, fc.Arbitrary<unknown>>;
  /** Whether a created provider may be called: it must neither leave the machine nor run a command. */
  readonly callable: boolean;
}

describe('provider factories with arbitrary init objects', () => {
  const safeClientConfig = (): object => ({ endpoint: refusing.endpoint, region: 'us-east-1', maxAttempts: 1, env: {} });
  const shared = (): Record<string, fc.Arbitrary<unknown>> => sharedOptions(safeClientConfig);
  const env = fc.dictionary(
    fc.constantFrom('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_CREDENTIAL_EXPIRATION', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_SESSION_NAME', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_EC2_METADATA_DISABLED'),
    fc.oneof(fc.string({ maxLength: 40 }), fc.constant('/nonexistent/stskit-fuzz'), fc.constant(`http://127.0.0.1:1/`)),
  );

  const targets = (): ProviderTarget[] => [
    {
      name: 'fromAssumeRole',
      create: (init) => fromAssumeRole(init as never),
      callable: true,
      members: {
        ...shared(),
        roleArn: arn,
        roleSessionName: stringFor(shapes.roleSessionNameTypeShape),
        externalId: stringFor(shapes.externalIdTypeShape),
        policy: stringFor(shapes.unrestrictedSessionPolicyDocumentTypeShape),
        policyArns: arnList,
        tags: valueFor(shapes.tagListTypeShape),
        transitiveTagKeys: valueFor(shapes.tagKeyListTypeShape),
        durationSeconds: fc.integer({ min: 0, max: 200_000 }),
        serialNumber: stringFor(shapes.serialNumberTypeShape),
        tokenCode,
        sourceIdentity: stringFor(shapes.sourceIdentityTypeShape),
        providedContexts: valueFor(shapes.ProvidedContextsListTypeShape),
      },
    },
    {
      name: 'fromSessionToken',
      create: (init) => fromSessionToken(init as never),
      callable: true,
      members: { ...shared(), durationSeconds: fc.integer({ min: 0, max: 200_000 }), serialNumber: stringFor(shapes.serialNumberTypeShape), tokenCode },
    },
    {
      name: 'fromWebIdentity',
      create: (init) => fromWebIdentity(init as never),
      callable: true,
      members: {
        ...shared(),
        roleArn: arn,
        roleSessionName: stringFor(shapes.roleSessionNameTypeShape),
        providerId: stringFor(shapes.urlTypeShape),
        policy: stringFor(shapes.sessionPolicyDocumentTypeShape),
        policyArns: arnList,
        durationSeconds: fc.integer({ min: 0, max: 50_000 }),
        webIdentityToken: fc.oneof(secretValue, secretValue.map((token) => () => token)),
        webIdentityTokenFile: fc.constantFrom('/nonexistent/stskit-fuzz-token', ''),
      },
    },
    {
      name: 'fromSaml',
      create: (init) => fromSaml(init as never),
      callable: true,
      members: {
        ...shared(),
        roleArn: arn,
        principalArn: arn,
        samlAssertion: fc.oneof(secretValue, secretValue.map((assertion) => async () => assertion)),
        policy: stringFor(shapes.sessionPolicyDocumentTypeShape),
        policyArns: arnList,
        durationSeconds: fc.integer({ min: 0, max: 50_000 }),
      },
    },
    {
      name: 'fromFederationToken',
      create: (init) => fromFederationToken(init as never),
      callable: true,
      members: {
        ...shared(),
        name: stringFor(shapes.userNameTypeShape),
        policy: stringFor(shapes.sessionPolicyDocumentTypeShape),
        policyArns: arnList,
        tags: valueFor(shapes.tagListTypeShape),
        durationSeconds: fc.integer({ min: 0, max: 200_000 }),
      },
    },
    {
      name: 'fromWebIdentityEnv',
      create: (init) => fromWebIdentityEnv(init as never),
      callable: true,
      members: { ...shared(), env },
    },
    { name: 'fromEnv', create: (init) => fromEnv(init as never), callable: true, members: { env } },
    // Calling these would read the real ~/.aws files, run commands or reach link-local
    // addresses: their factories are fuzzed, their calls are the fault matrix's business.
    { name: 'fromProcess', create: (init) => fromProcess(init as never), callable: false, members: { command: fc.string(), timeoutMs: fc.integer(), env, description: fc.string() } },
    { name: 'fromContainer', create: (init) => fromContainer(init as never), callable: false, members: { env, timeoutMs: fc.integer(), maxAttempts: fc.integer() } },
    { name: 'fromImds', create: (init) => fromImds(init as never), callable: false, members: { env, endpoint: fc.webUrl(), timeoutMs: fc.integer(), maxAttempts: fc.integer(), tokenTtlSeconds: fc.integer(), staleToleranceMs: fc.integer() } },
    { name: 'fromProfile', create: (init) => fromProfile(init as never), callable: false, members: { profile: fc.string(), fileCache: fc.oneof(fc.boolean(), fc.string()), processTimeoutMs: fc.integer(), tokenCode } },
    { name: 'defaultProvider', create: (init) => defaultProvider(init as never), callable: false, members: { profile: fc.string(), env } },
  ];

  it.each(targets().map((target) => target.name))('should create %s or refuse its init with a typed error, and its calls reject typed', async (name) => {
    const target = targets().find((candidate) => candidate.name === name)!;
    await ledger.check(
      name,
      fc.asyncProperty(optionsObject(target.members, KNOWN_BAD_OPTIONS), async (init) => {
        const secrets = await secretsIn(init);
        let provider: CredentialProvider;
        try {
          provider = target.create(init);
        } catch (error) {
          expectConfigurationRefusal(error, secrets);
          return;
        }
        try {
          if (target.callable && (init.clientConfig as { endpoint?: unknown } | null | undefined)?.endpoint === refusing.endpoint) {
            await expectTypedCall(provider, secrets);
          }
        } finally {
          provider.close();
        }
      }),
      PROVIDER_RUNS,
    );
  });

  it('should refuse or run createRefreshingProvider with arbitrary options and fetch results', async () => {
    const fetchResult = fc.oneof(
      fc.constant(() => ({ accessKeyId: 'ASIAFUZZ', secretAccessKey: 'S3cr3tFetched0000000000', expiration: new Date(Date.now() + 3_600_000) })),
      fc.constant(() => ({ accessKeyId: 'ASIAFUZZ', secretAccessKey: 'S3cr3tFetched0000000000', expiration: new Date(0) })),
      // Known bug, see below: a fetch resolving with null or undefined.
      anyValue.filter((value) => value !== null && value !== undefined).map((value) => () => value),
      fc.constant(() => { throw new Error('fetch threw'); }),
      fc.constant(() => Promise.reject(new Error('fetch rejected'))),
    );
    const options = optionsObject(
      {
      refresh: fc.constantFrom('lazy', 'background'),
      clock: fresh(() => new ManualClock(Date.now())),
      providerName: fc.string(),
      cacheKey: fc.string(),
      isRecoverable: fc.constant(() => true),
      random: fc.constant(() => 0.5),
      onRefresh: fc.constant(() => undefined),
      onRefreshError: fc.constant(() => undefined),
      },
      KNOWN_BAD_OPTIONS,
    );
    await ledger.check(
      'createRefreshingProvider',
      fc.asyncProperty(fetchResult, options, async (fetch, init) => {
        let provider: CredentialProvider;
        try {
          provider = createRefreshingProvider(async () => fetch() as never, init as never);
        } catch (error) {
          expectConfigurationRefusal(error, []);
          return;
        }
        try {
          await expectTypedCall(provider, ['S3cr3tFetched0000000000'], fetch);
        } finally {
          provider.close();
        }
      }),
      PROVIDER_RUNS,
    );
  });

  it('should refuse or run chain with arbitrary links', async () => {
    const link = fc.oneof(
      fc.constant(async () => ({ accessKeyId: 'AKIACHAIN', secretAccessKey: 'S3cr3tChain0000000000000' })),
      fc.constant(async () => { throw new CredentialsError('absent', { kind: 'NotLoaded' }); }),
      fc.constant(async () => { throw new Error('plain failure'); }),
      fc.constantFrom<unknown>('named', 42, null, undefined, {}),
      fc.tuple(fc.string(), fc.constant(async () => { throw new CredentialsError('absent', { kind: 'NotLoaded' }); })),
      anyValue,
    );
    await ledger.check(
      'chain',
      fc.asyncProperty(fc.array(link, { maxLength: 5 }), async (links) => {
        let provider: CredentialProvider;
        try {
          provider = chain(...(links as never[]));
        } catch (error) {
          expectConfigurationRefusal(error, []);
          return;
        }
        try {
          await expectTypedCall(provider, ['S3cr3tChain0000000000000'], () => undefined);
        } finally {
          provider.close();
        }
      }),
      PROVIDER_RUNS,
    );
  });
});

/**
 * The drawn secrets (`S3cr3t…` strings, given directly or returned by a token function) in
 * an init object, read without triggering its hostile getters.
 */
async function secretsIn(value: unknown, depth = 0): Promise<string[]> {
  if (typeof value === 'string') return value.startsWith('S3cr3t') ? [value] : [];
  if (typeof value === 'function' && depth > 0 && value.length === 0 && !/throw/.test(String(value))) {
    try {
      return await secretsIn(await (value as () => unknown)(), depth + 1);
    } catch {
      return [];
    }
  }
  if (typeof value !== 'object' || value === null || depth > 3) return [];
  const members = Object.values(Object.getOwnPropertyDescriptors(value))
    .filter((descriptor) => 'value' in descriptor)
    .map((descriptor) => secretsIn(descriptor.value, depth + 1));
  return (await Promise.all(members)).flat();
}

describe('known bugs found by this fuzzer', () => {
  const refusingConfig = (): object => ({ endpoint: refusing.endpoint, region: 'us-east-1', maxAttempts: 1, env: {} });
  const cases: readonly [string, () => CredentialProvider][] = [
    ['createRefreshingProvider with clock {}', () => createRefreshingProvider(async () => SOURCE, { clock: {} as never })],
    ['fromSessionToken with clock {}', () => fromSessionToken({ clock: {} as never, clientConfig: refusingConfig() })],
    ['fromFederationToken with clock {}', () => fromFederationToken({ name: 'fuzz', clock: {} as never, clientConfig: refusingConfig() })],
    [
      'createRefreshingProvider with a providerName that is no string',
      () => createRefreshingProvider(() => Promise.reject(new Error('down')), { providerName: Object.create(null) as never }),
    ],
    ['createRefreshingProvider whose fetch resolves with undefined', () => createRefreshingProvider(async () => undefined as never)],
    [
      'createRefreshingProvider with a random that is no function',
      () => createRefreshingProvider(async () => ({ ...SOURCE, expiration: new Date(Date.now() + 3_600_000) }), { refresh: 'background', random: {} as never }),
    ],
  ];

  // Bug (credentials): these options are not checked when the provider is made; `clock` is
  // read synchronously by RefreshingCache.get, the others inside the refresh's callbacks,
  // which is also where a fetch's missing credentials are read (a bare TypeError).
  it.failing.each(cases)('should refuse %s, or make its calls reject with a CredentialsError', async (_name, create) => {
    let provider: CredentialProvider;
    try {
      provider = create();
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      return;
    }
    try {
      await expectTypedCall(provider, []);
    } finally {
      provider.close();
    }
  });
});

function expectConfigurationRefusal(error: unknown, secrets: readonly string[]): void {
  // A hostile getter's own error passing through is the caller's doing, not ours.
  const typed =
    error instanceof TypeError ||
    error instanceof HostileGetterError ||
    (error instanceof CredentialsError && error.kind === 'InvalidConfiguration');
  if (!typed) throw error;
  for (const secret of secrets) expect((error as Error).message).not.toContain(secret);
}

/**
 * One call: it must return a promise, which resolves with credentials (or, for a bare
 * cache, with exactly what its `fetch` gave) or rejects with a CredentialsError.
 */
async function expectTypedCall(provider: CredentialProvider, secrets: readonly string[], fetch?: () => unknown): Promise<void> {
  let call: Promise<unknown>;
  try {
    call = provider();
  } catch (thrown) {
    throw new Error(`the provider threw synchronously: ${String(thrown)}`);
  }
  const outcome = await call.then(
    (credentials) => ({ credentials }),
    (error: unknown) => ({ error }),
  );
  if ('credentials' in outcome) {
    const { expiration } = (outcome.credentials ?? {}) as { expiration?: unknown };
    if (expiration instanceof Date) expect(expiration.getTime()).toBeGreaterThan(Date.now() - 60_000);
    if (fetch === undefined) expect(typeof (outcome.credentials as { accessKeyId?: unknown }).accessKeyId).toBe('string');
    return;
  }
  if (outcome.error instanceof HostileGetterError) return;
  if (!(outcome.error instanceof CredentialsError)) throw outcome.error;
  for (const secret of secrets) expect(outcome.error.message).not.toContain(secret);
}
