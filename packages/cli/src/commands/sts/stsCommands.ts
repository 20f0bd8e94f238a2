import { profileStsClientConfig } from '@stskit/chain';
import { StsClient, type OperationTypes, type StsOperationName } from '@stskit/sts';
import { commandCredentials } from '../../credentials/commandCredentials.js';
import { stsClientConfig } from '../../credentials/stsClientConfig.js';
import { EXIT } from '../../errors.js';
import { promptMfaCode } from '../../mfa/prompt.js';
import { printOutput } from '../../output/printOutput.js';
import type { Command, CommandContext } from '../Command.js';
import { buildRequest } from './buildRequest.js';
import { STS_OPERATION_TABLE, type StsOperationEntry } from './operationTable.js';
import { flagName, optionOf } from './StsParameter.js';

type AnyRequest = OperationTypes[StsOperationName]['input'];

/**
 * One command per STS operation, built from {@link STS_OPERATION_TABLE}: `stskit
 * assume-role …` sends AssumeRole with the chain's credentials and prints the reply as
 * `aws sts assume-role` does, secrets included (printing them is the point).
 *
 * @public
 */
export const STS_COMMANDS: readonly Command[] = STS_OPERATION_TABLE.map(stsCommand);

function stsCommand(entry: StsOperationEntry): Command {
  return {
    name: flagName(entry.operation),
    summary: entry.summary,
    options: entry.parameters.map(optionOf),
    examples: [entry.example],
    run: (context) => runOperation(entry, context),
  };
}

async function runOperation(entry: StsOperationEntry, { io, args, globals }: CommandContext): Promise<number> {
  const request = await buildRequest(entry.parameters, args);
  // As with `aws sts`, a serial number needs a code; unlike it, we ask for one on a terminal.
  if (typeof request.SerialNumber === 'string' && request.TokenCode === undefined) {
    request.TokenCode = await promptMfaCode(request.SerialNumber, io.stdin, io.stderr);
  }
  const credentials = commandCredentials(globals, io);
  // The profile's region and endpoint settings apply, as with `aws sts --profile P`.
  const config = await profileStsClientConfig({ ...(globals.profile === undefined ? {} : { profile: globals.profile }), env: io.env, clientConfig: stsClientConfig(globals, io) });
  const client = new StsClient({ ...config, credentials });
  try {
    // The request is checked against the operation's model by the client, which names
    // every bad member, so the table need not repeat the model's types.
    const output = await client.send(entry.operation, request as AnyRequest);
    printOutput(output, globals.output, io.stdout);
    return EXIT.ok;
  } finally {
    client.destroy();
    credentials.close();
  }
}
