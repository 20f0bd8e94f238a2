import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AWS_CLI_V2, commandWorks, describeWithPeer, hasAwsCliV2 } from '../../../test/support/peers.js';
import { makeAwsHome, type AwsHome } from './support/awsConfig.js';
import { buildCli, CLI_BIN } from './support/builtCli.js';
import { startFixture, type LocalStsFixture } from './support/localStsEnv.js';
import { runCli } from './support/runCli.js';

const run = promisify(execFile);
const AWS_CLI_V1 = 'aws';
const hasAwsCliV1 = (): boolean => commandWorks(AWS_CLI_V1, ['--version']);

/** A value's shape: the same keys in the same order, leaves replaced by their kind. */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/.test(value)) return 'timestamp +00:00';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([key, member]) => [key, shapeOf(member)]);
  return typeof value;
}

const CLIS: readonly [string, string, () => boolean][] = [
  ['AWS CLI v2', AWS_CLI_V2, hasAwsCliV2],
  ['AWS CLI v1', AWS_CLI_V1, hasAwsCliV1],
];

describe.each(CLIS)('%s', (name, awsCli, probe) => {
  describeWithPeer(name, probe)('against local-sts', () => {
    let fixture: LocalStsFixture;
    let aws: AwsHome;
    beforeAll(async () => {
      buildCli();
      fixture = await startFixture();
      const roleArn = fixture.sts.defaults.roleArns[0]!;
      const credentialProcess = `node ${CLI_BIN} credential-process --profile base --role-arn ${roleArn} --role-session-name from-stskit`;
      aws = await makeAwsHome(fixture.sts, `[profile via-stskit]\ncredential_process = ${credentialProcess}\n`);
    }, 300_000);
    afterAll(() => fixture.sts.close());

    const awsSts = (args: readonly string[], env: Record<string, string>) =>
      run(awsCli, ['sts', ...args, '--endpoint-url', fixture.sts.endpoint, '--region', 'us-east-1'], { env });

    it('should use stskit credential-process to call STS as the assumed role', async () => {
      const { stdout } = await awsSts(['get-caller-identity', '--profile', 'via-stskit'], aws.env);
      expect(JSON.parse(stdout).Arn).toBe('arn:aws:sts::111122223333:assumed-role/local-sts-plain/from-stskit');
    });

    it('should print get-caller-identity exactly as stskit does, in JSON and text', async () => {
      for (const output of ['json', 'text']) {
        const theirs = await awsSts(['get-caller-identity', '--output', output], fixture.env);
        const ours = await runCli(['get-caller-identity', '--output', output], { env: fixture.env });
        expect(ours.stdout).toBe(theirs.stdout);
      }
    });

    it('should print assume-role with the same keys and shapes as stskit', async () => {
      const args = ['assume-role', '--role-arn', fixture.sts.defaults.roleArns[0]!, '--role-session-name', 'compare', '--policy-arns', 'arn=arn:aws:iam::aws:policy/ReadOnlyAccess'];
      const theirs = JSON.parse((await awsSts(args, fixture.env)).stdout);
      const ours = JSON.parse((await runCli(args, { env: fixture.env })).stdout);
      const expected = name === 'AWS CLI v2' ? shapeOf(theirs) : shapeOf({ ...theirs, Credentials: { ...theirs.Credentials, Expiration: '2000-01-01T00:00:00+00:00' } });
      // AWS CLI v1 prints the wire's timestamp as is; stskit prints what v2 prints.
      expect(shapeOf(ours)).toEqual(expected);
      expect(ours.AssumedRoleUser).toEqual(theirs.AssumedRoleUser);
    });
  });
});
