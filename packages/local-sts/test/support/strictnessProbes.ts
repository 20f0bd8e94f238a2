/**
 * Requests real STS refuses, each with the error code it answers. The same probes run
 * against local-sts (which must refuse them alike) and moto (whose answers are recorded for
 * the README's comparison table).
 */
import {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  DecodeAuthorizationMessageCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { keyPairOf, type KeyPair } from './sdk.js';

/** A server under test: where it is, a user's keys, and a role that user may assume. */
export interface ProbeTarget {
  readonly endpoint: string;
  readonly keys: KeyPair;
  readonly roleArn: string;
}

export interface StrictnessProbe {
  readonly name: string;
  /** What real STS answers. */
  readonly expected: string;
  run(target: ProbeTarget): Promise<unknown>;
}

const client = (target: ProbeTarget, keys: KeyPair = target.keys) =>
  new STSClient({ endpoint: target.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: keys });
const assume = (target: ProbeTarget, extra: Record<string, unknown> = {}, keys?: KeyPair) =>
  client(target, keys).send(new AssumeRoleCommand({ RoleArn: target.roleArn, RoleSessionName: 'probe', ...extra }));

export const STRICTNESS_PROBES: readonly StrictnessProbe[] = [
  { name: 'AssumeRole of a role that does not exist', expected: 'AccessDenied', run: (t) => assume(t, { RoleArn: t.roleArn.replace(/role\/.*/, 'role/no-such-role') }) },
  { name: "RoleSessionName 'bad/name' (pattern)", expected: 'ValidationError', run: (t) => assume(t, { RoleSessionName: 'bad/name' }) },
  { name: 'DurationSeconds 60 (below 900)', expected: 'ValidationError', run: (t) => assume(t, { DurationSeconds: 60 }) },
  { name: 'Policy that is not JSON', expected: 'MalformedPolicyDocument', run: (t) => assume(t, { Policy: 'not json' }) },
  { name: 'wrong secret key', expected: 'SignatureDoesNotMatch', run: (t) => client(t, { ...t.keys, secretAccessKey: 'wrong-secret-key-wrong-secret-key' }).send(new GetCallerIdentityCommand({})) },
  { name: 'unknown access key', expected: 'InvalidClientTokenId', run: (t) => client(t, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' }).send(new GetCallerIdentityCommand({})) },
  {
    name: 'session token altered',
    expected: 'InvalidClientTokenId',
    run: async (t) => {
      const session = keyPairOf((await assume(t)).Credentials);
      return client(t, { ...session, sessionToken: `${session.sessionToken}x` }).send(new GetCallerIdentityCommand({}));
    },
  },
  {
    name: 'GetSessionToken with role credentials',
    expected: 'AccessDenied',
    run: async (t) => client(t, keyPairOf((await assume(t)).Credentials)).send(new GetSessionTokenCommand({})),
  },
  {
    name: 'role chaining with DurationSeconds 7200',
    expected: 'ValidationError',
    run: async (t) => assume(t, { DurationSeconds: 7200 }, keyPairOf((await assume(t)).Credentials)),
  },
  {
    name: 'AssumeRole with federated-user credentials',
    expected: 'AccessDenied',
    run: async (t) => assume(t, {}, keyPairOf((await client(t).send(new GetFederationTokenCommand({ Name: 'probe' }))).Credentials)),
  },
  { name: 'MFA code for a device the user does not have', expected: 'AccessDenied', run: (t) => client(t).send(new GetSessionTokenCommand({ SerialNumber: 'arn:aws:iam::123456789012:mfa/nobody', TokenCode: '123456' })) },
  {
    name: 'web identity token that is not a JWT',
    expected: 'InvalidIdentityToken',
    run: (t) => client(t).send(new AssumeRoleWithWebIdentityCommand({ RoleArn: t.roleArn, RoleSessionName: 'probe', WebIdentityToken: 'not-a-jwt' })),
  },
  {
    name: 'SAML assertion that is not SAML',
    expected: 'InvalidIdentityToken',
    run: (t) =>
      client(t).send(new AssumeRoleWithSAMLCommand({ RoleArn: t.roleArn, PrincipalArn: t.roleArn.replace(/role\/.*/, 'saml-provider/x'), SAMLAssertion: Buffer.from('<x/>').toString('base64') })),
  },
  { name: 'DecodeAuthorizationMessage of garbage', expected: 'InvalidAuthorizationMessageException', run: (t) => client(t).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'garbage' })) },
  {
    name: 'unsigned GetCallerIdentity',
    expected: 'MissingAuthenticationToken',
    run: async (t) => rawPost(t.endpoint, 'Action=GetCallerIdentity&Version=2011-06-15'),
  },
  { name: 'unknown Action', expected: 'InvalidAction', run: async (t) => rawPost(t.endpoint, 'Action=NoSuchAction&Version=2011-06-15') },
];

/** Posts an unsigned body; throws an error named by the reply's `<Code>` unless it is a 200. */
async function rawPost(endpoint: string, body: string): Promise<string> {
  const reply = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  const text = await reply.text();
  if (reply.ok) return text;
  const error = new Error(text);
  error.name = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? `HTTP ${reply.status}`;
  throw error;
}

/** `OK` for success, else the error's wire code (or a short description of what broke). */
export async function outcomeOf(probe: StrictnessProbe, target: ProbeTarget): Promise<string> {
  try {
    await probe.run(target);
    return 'OK (accepted)';
  } catch (error) {
    const failure = error as { Code?: string; name?: string; $metadata?: { httpStatusCode?: number } };
    const code = failure.Code ?? failure.name ?? 'error';
    const status = failure.$metadata?.httpStatusCode;
    return status ? `${code} (${status})` : code;
  }
}
