/**
 * Random init objects for every provider factory (and the bare cache, and the chain): valid
 * values of each option, often replaced by anything at all (hostile values included), plus
 * unknown keys. Each factory must return a provider or throw `TypeError` /
 * `CredentialsError('InvalidConfiguration')`; the providers that can be called without
 * leaving the machine or running a command are then called once against a loopback endpoint
 * that resets connections, and must reject with a `CredentialsError`. No refusal quotes a
 * secret it was given, and nothing is left as an unhandled rejection.
 */
import fc from 'fast-check';
import { fromAssumeRole } from '@stskit/assume-role';
import { chain, defaultProvider, fromContainer, fromEnv, fromImds, fromProcess, fromProfile } from '@stskit/chain';
import { CredentialsError, ManualClock, createRefreshingProvider, type CredentialProvider } from '@stskit/credentials';
import { fromFederationToken } from '@stskit/federation-token';
import { fromSaml } from '@stskit/saml';
import { fromSessionToken } from '@stskit/session-token';
import { fromWebIdentity, fromWebIdentityEnv } from '@stskit/web-identity';
import * as shapes from '../../../packages/sts/src/generated/shapes.js';
import { fuzzLedger } from '../support/fuzzBudget.js';
import { anyValue, optionsObject } from '../support/hostileValues.js';
import { stringFor, valueFor } from '../support/modelArbitraries.js';
import { expectConfigurationRefusal, expectTypedCall, secretsIn } from '../support/providerOracle.js';
import { useRefusingServer } from '../support/refusingServer.js';
import { secretValue } from '../support/replyTree.js';

const PROVIDER_RUNS = 1_500;

const ledger = fuzzLedger('provider-inputs');
const refusing = useRefusingServer();
afterAll(() => ledger.report());

/** Client options that send any request to the refusing server: it fails fast, on loopback. */
const refusingClientConfig = (): object => ({ endpoint: refusing().endpoint, region: 'us-east-1', maxAttempts: 1, env: {} });

/**
 * Options once excluded from garbage for known bugs, now fixed (see "bugs found by this
 * fuzzer" below): createRefreshingProvider checks `clock`, `providerName` and `random` when
 * it is made. Kept empty, so every option is fuzzed with any value.
 */
const KNOWN_BAD_OPTIONS: readonly string[] = [];

/** A value made anew for each run (a clock is stateful; the endpoint is known only once the server runs). */
function fresh<T>(make: () => T): fc.Arbitrary<T> {
  return fc.constant(null).map(make);
}

const SOURCE = { accessKeyId: 'AKIAFUZZSOURCE000000', secretAccessKey: 'S3cr3tFuzzSourceSecretKey0000000000000000' };

/** Valid-looking values of the options every STS-backed provider shares. */
function sharedOptions(refusingClientConfig: () => object): Record<string, fc.Arbitrary<unknown>> {
  return {
    clientConfig: fresh(refusingClientConfig),
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
  const shared = (): Record<string, fc.Arbitrary<unknown>> => sharedOptions(refusingClientConfig);
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
          if (target.callable && (init.clientConfig as { endpoint?: unknown } | null | undefined)?.endpoint === refusing().endpoint) {
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
      fc.constantFrom(null, undefined).map((value) => () => value),
      anyValue.map((value) => () => value),
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

describe('bugs found by this fuzzer', () => {
  const cases: readonly [string, () => CredentialProvider][] = [
    ['createRefreshingProvider with clock {}', () => createRefreshingProvider(async () => SOURCE, { clock: {} as never })],
    ['fromSessionToken with clock {}', () => fromSessionToken({ clock: {} as never, clientConfig: refusingClientConfig() })],
    ['fromFederationToken with clock {}', () => fromFederationToken({ name: 'fuzz', clock: {} as never, clientConfig: refusingClientConfig() })],
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

  // Fixed in credentials: these options were not checked when the provider was made (`clock`
  // was read synchronously by RefreshingCache.get, the others inside the refresh's
  // callbacks), and a fetch's missing credentials were read there too (a bare TypeError).
  // createRefreshingProvider now refuses the options with a TypeError, and a fetch result
  // that is not credentials makes calls reject with a ProviderFailed CredentialsError.
  it.each(cases)('should refuse %s, or make its calls reject with a CredentialsError', async (_name, create) => {
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
