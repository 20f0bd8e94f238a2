#!/usr/bin/env node
/**
 * `stskit-local-sts --port N [--host H] [--world FILE] [--trail FILE]`: runs local-sts until
 * SIGINT or SIGTERM, after printing its endpoint and, for the default world, the identities
 * to configure a client with. Those are test credentials of a local server, printed on
 * purpose; nothing else is ever printed.
 *
 * @internal
 */
import { parseArgs } from 'node:util';
import { startLocalSts, type LocalSts } from './startLocalSts.js';

const USAGE = 'usage: stskit-local-sts --port N [--host H] [--world FILE] [--trail FILE]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      world: { type: 'string' },
      trail: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`--port must be 0-65535. ${USAGE}`);
  const sts = await startLocalSts({
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(values.world ? { world: values.world } : {}),
    ...(values.trail ? { trailFile: values.trail } : {}),
  });
  process.stdout.write(describe(sts, values.world));
  const stop = () => {
    sts.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function describe(sts: LocalSts, worldFile: string | undefined): string {
  const lines = [`local-sts listening on ${sts.endpoint}`];
  if (worldFile) return [...lines, `world: ${worldFile}`, ''].join('\n');
  const { defaults } = sts;
  return [
    ...lines,
    `account:            ${defaults.accountId} (second account ${defaults.secondAccountId})`,
    `user:               ${defaults.userArn}`,
    `AWS_ACCESS_KEY_ID=${defaults.accessKeyId}`,
    `AWS_SECRET_ACCESS_KEY=${defaults.secretAccessKey}`,
    `MFA device:         ${defaults.mfaSerial}`,
    `ExternalId:         ${defaults.externalId}`,
    'roles:',
    ...defaults.roleArns.map((arn) => `  ${arn}`),
    `try: aws sts get-caller-identity --endpoint-url ${sts.endpoint} --region us-east-1`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`stskit-local-sts: ${(error as Error).message}\n`);
  process.exit(1);
});
