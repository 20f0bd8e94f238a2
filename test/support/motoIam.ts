/**
 * Creates an IAM user with an access key and an allow-all inline policy in moto, by calling
 * moto's IAM Query API directly, so tests can switch moto's signature checking on and still
 * hold a key moto knows.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { Hash } from '@smithy/hash-node';

export interface IamAccessKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

const BOOTSTRAP_KEYS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bootstrap' };

async function iamCall(endpoint: string, params: Record<string, string>): Promise<string> {
  const url = new URL(endpoint);
  const body = new URLSearchParams({ ...params, Version: '2010-05-08' }).toString();
  const signer = new SignatureV4({ service: 'iam', region: 'us-east-1', credentials: BOOTSTRAP_KEYS, sha256: Hash.bind(null, 'sha256') });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    query: {},
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const reply = await fetch(endpoint, { method: 'POST', headers: signed.headers, body });
  const text = await reply.text();
  if (!reply.ok) throw new Error(`moto IAM ${params.Action} failed: HTTP ${reply.status} ${text.slice(0, 200)}`);
  return text;
}

const ALLOW_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

/** The number of moto requests `createIamUserWithKey` makes; pass it to `enableAuth` so they pass unauthenticated. */
export const IAM_SETUP_REQUESTS = 3;

/** The number of moto requests `createRoleWithPolicy` makes. */
export const ROLE_SETUP_REQUESTS = 2;

export async function createIamUserWithKey(endpoint: string, userName: string): Promise<IamAccessKey> {
  await iamCall(endpoint, { Action: 'CreateUser', UserName: userName });
  await iamCall(endpoint, { Action: 'PutUserPolicy', UserName: userName, PolicyName: 'allow-all', PolicyDocument: ALLOW_ALL });
  const created = await iamCall(endpoint, { Action: 'CreateAccessKey', UserName: userName });
  const accessKeyId = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(created)?.[1];
  const secretAccessKey = /<SecretAccessKey>([^<]+)<\/SecretAccessKey>/.exec(created)?.[1];
  if (!accessKeyId || !secretAccessKey) throw new Error('moto CreateAccessKey returned no key');
  return { accessKeyId, secretAccessKey };
}

/**
 * Creates a role that `trustedPrincipal` may assume, with one inline policy, so that moto,
 * with its authentication on, accepts what the role's sessions sign. The trust names the
 * principal itself: moto refuses a trust naming the account root, which real STS accepts.
 */
export async function createRoleWithPolicy(endpoint: string, trustedPrincipal: string, roleName: string, policy: object): Promise<string> {
  const account = /^arn:aws:iam::(\d{12}):/.exec(trustedPrincipal)?.[1];
  if (!account) throw new Error(`not an IAM principal ARN: ${trustedPrincipal}`);
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: trustedPrincipal }, Action: 'sts:AssumeRole' }] };
  await iamCall(endpoint, { Action: 'CreateRole', RoleName: roleName, AssumeRolePolicyDocument: JSON.stringify(trust) });
  await iamCall(endpoint, { Action: 'PutRolePolicy', RoleName: roleName, PolicyName: 'inline', PolicyDocument: JSON.stringify(policy) });
  return `arn:aws:iam::${account}:role/${roleName}`;
}
