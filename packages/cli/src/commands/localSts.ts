import { startLocalSts, type LocalSts } from '@stskit/local-sts';
import { stringValue } from '../args/readValues.js';
import { EXIT, UsageError } from '../errors.js';
import type { Command } from './Command.js';

/**
 * `stskit local-sts [--port N] [--host H] [--world FILE]`: runs the embedded STS server
 * until interrupted. For the default world it prints the identities to configure a client
 * with: they are test credentials of a local server, printed on purpose.
 *
 * @public
 */
export const localStsCommand: Command = {
  name: 'local-sts',
  summary: 'Run local-sts, an STS server on this machine, until interrupted',
  options: [
    { name: 'port', kind: 'string', placeholder: 'N', description: 'The port to listen on (default: any free port)' },
    { name: 'host', kind: 'string', placeholder: 'address', description: 'The address to listen on (default: 127.0.0.1)' },
    { name: 'world', kind: 'string', placeholder: 'file', description: 'A JSON world of accounts, users and roles (default: the built-in one)' },
  ],
  examples: ['stskit local-sts --port 4566', 'aws sts get-caller-identity --endpoint-url http://127.0.0.1:4566'],
  async run({ io, args }) {
    const world = stringValue(args, 'world');
    const host = stringValue(args, 'host');
    const sts = await startLocalSts({
      port: readPort(stringValue(args, 'port')),
      ...(host === undefined ? {} : { host }),
      ...(world === undefined ? {} : { world }),
    });
    io.stdout.write(describeServer(sts, world));
    await new Promise<void>((resolve) => {
      const unsubscribe = io.onSignal(() => {
        unsubscribe();
        resolve();
      });
    });
    await sts.close();
    return EXIT.ok;
  },
};

function readPort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${text}"`);
  return port;
}

function describeServer(sts: LocalSts, worldFile: string | undefined): string {
  const lines = [`local-sts listening on ${sts.endpoint}`];
  if (worldFile === undefined) {
    const { defaults } = sts;
    lines.push(
      `account ${defaults.accountId}, second account ${defaults.secondAccountId}`,
      `user ${defaults.userArn}, MFA device ${defaults.mfaSerial}`,
      `export AWS_ACCESS_KEY_ID=${defaults.accessKeyId} AWS_SECRET_ACCESS_KEY=${defaults.secretAccessKey}`,
      `export AWS_ENDPOINT_URL_STS=${sts.endpoint} AWS_REGION=us-east-1`,
      'roles:',
      ...defaults.roleArns.map((arn) => `  ${arn}`),
    );
  }
  lines.push('Press Ctrl-C to stop.', '');
  return lines.join('\n');
}
