/**
 * The same strictness probes against local-sts and against moto (with its request
 * authentication on). local-sts must answer as real STS does; moto's answers are printed
 * as the table the README reproduces, observed rather than guessed.
 */
import { execFileSync } from 'node:child_process';
import { jest } from '@jest/globals';
import { AWS_CLI_V2, describeWithPeer, hasMoto } from '../../../test/support/peers.js';
import { startMoto, type MotoServer } from '../../../test/support/moto.js';
import { startLocalSts, type LocalSts } from '../src/startLocalSts.js';
import { outcomeOf, STRICTNESS_PROBES, type ProbeTarget } from './support/strictnessProbes.js';

jest.setTimeout(120_000);

const MOTO_ACCOUNT = '123456789012';

/** Creates, in moto, a user with an access key and an admin policy, and a role it may assume. */
function provisionMoto(endpoint: string): ProbeTarget {
  const aws = (...args: string[]) =>
    JSON.parse(
      execFileSync(AWS_CLI_V2, ['iam', ...args, '--endpoint-url', endpoint, '--region', 'us-east-1', '--output', 'json'], {
        env: { PATH: process.env.PATH, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'setup', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_PAGER: '' },
      }).toString() || '{}',
    );
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:user/alice` }, Action: 'sts:AssumeRole' }] });
  const admin = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
  aws('create-user', '--user-name', 'alice');
  aws('put-user-policy', '--user-name', 'alice', '--policy-name', 'admin', '--policy-document', admin);
  const role = aws('create-role', '--role-name', 'probe-role', '--assume-role-policy-document', trust);
  aws('put-role-policy', '--role-name', 'probe-role', '--policy-name', 'admin', '--policy-document', admin);
  const key = aws('create-access-key', '--user-name', 'alice').AccessKey;
  return { endpoint, keys: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey }, roleArn: role.Role.Arn };
}

describe('local-sts strictness', () => {
  let sts: LocalSts;
  beforeAll(async () => {
    sts = await startLocalSts();
  });
  afterAll(() => sts.close());

  it.each(STRICTNESS_PROBES.map((probe) => [probe.name, probe] as const))('should refuse %s as real STS does', async (_name, probe) => {
    const target = { endpoint: sts.endpoint, keys: sts.defaults, roleArn: sts.defaults.roleArns[0]! };
    expect(await outcomeOf(probe, target)).toMatch(new RegExp(`^${probe.expected}\\b`));
  });
});

describeWithPeer('moto', hasMoto)('moto, probed the same way', () => {
  let moto: MotoServer;
  let target: ProbeTarget;
  beforeAll(async () => {
    moto = await startMoto();
    target = provisionMoto(moto.endpoint);
    await moto.enableAuth(0);
  });
  afterAll(() => moto.close());

  it('should serve the happy path (GetCallerIdentity, AssumeRole) with authentication on', async () => {
    const { GetCallerIdentityCommand, STSClient } = await import('@aws-sdk/client-sts');
    const identity = await new STSClient({ endpoint: target.endpoint, region: 'us-east-1', credentials: target.keys }).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(`arn:aws:iam::${MOTO_ACCOUNT}:user/alice`);
  });

  it('should record how moto answers each probe', async () => {
    const rows: string[] = [];
    for (const probe of STRICTNESS_PROBES) {
      const observed = await outcomeOf(probe, target);
      const verdict = observed.startsWith(probe.expected) ? 'same' : 'differs';
      rows.push(`| ${probe.name} | ${probe.expected} | ${observed} | ${verdict} |`);
    }
    process.stdout.write(`\n| request | real STS (and local-sts) | moto | |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);
    expect(rows).toHaveLength(STRICTNESS_PROBES.length);
  });
});
