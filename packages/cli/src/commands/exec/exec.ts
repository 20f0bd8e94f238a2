import { booleanValue } from '../../args/readValues.js';
import { commandCredentials, CREDENTIAL_OPTIONS } from '../../credentials/commandCredentials.js';
import { credentialVariables, regionVariables } from '../../credentials/credentialVariables.js';
import { resolveRegion } from '../../credentials/resolveRegion.js';
import { UsageError } from '../../errors.js';
import type { Command } from '../Command.js';
import { childEnvironment, ENV_CONTAINER_AUTHORIZATION_TOKEN, ENV_CONTAINER_CREDENTIALS_FULL_URI } from './childEnvironment.js';
import { startContainerCredentialsServer } from './containerServer.js';
import { runChild } from './runChild.js';

/**
 * `stskit exec [--profile P] [--server] -- COMMAND [ARGS...]`: runs a command with a
 * profile's credentials. By default they go into its environment (fine for short
 * commands); with `--server` the child gets a local container-credentials endpoint
 * instead, refreshed in the background, so a daemon never holds expired credentials.
 *
 * @public
 */
export const execCommand: Command = {
  name: 'exec',
  summary: 'Run a command with credentials in its environment, or served to it (--server)',
  operands: '-- COMMAND [ARGS...]',
  options: [
    { name: 'server', kind: 'boolean', description: 'Serve refreshed credentials on 127.0.0.1 (container-credentials protocol)' },
    ...CREDENTIAL_OPTIONS,
  ],
  examples: ['stskit exec --profile dev -- aws s3 ls', 'stskit exec --profile dev --server -- node long-running-daemon.js'],
  async run({ io, args, globals }) {
    const [program, ...programArgs] = args.positionals;
    if (program === undefined) throw new UsageError('exec needs a command to run: stskit exec [options] -- COMMAND [ARGS...]');
    const serve = booleanValue(args, 'server');
    const provider = commandCredentials(globals, io, args, serve ? 'background' : 'lazy');
    const region = regionVariables(resolveRegion(globals, io));
    try {
      // Resolved before the child starts, so an MFA prompt or a bad profile shows up first.
      const credentials = await provider();
      if (!serve) return await runChild(program, programArgs, childEnvironment(io.env, [...credentialVariables(credentials), ...region]), io);
      const server = await startContainerCredentialsServer(provider);
      try {
        const variables: [string, string][] = [
          [ENV_CONTAINER_CREDENTIALS_FULL_URI, server.url],
          [ENV_CONTAINER_AUTHORIZATION_TOKEN, server.authorizationToken],
          ...region,
        ];
        return await runChild(program, programArgs, childEnvironment(io.env, variables), io);
      } finally {
        await server.close();
      }
    } finally {
      provider.close();
    }
  },
};
