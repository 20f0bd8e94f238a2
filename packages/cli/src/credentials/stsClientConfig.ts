import { formatWithOptions } from 'node:util';
import type { StsClientConfig } from '@stskit/sts';
import type { GlobalOptions } from '../args/globalOptions.js';
import type { CliIo, OutputStream } from '../io.js';

type Logger = NonNullable<StsClientConfig['logger']>;

/**
 * The `StsClient` options every command builds from the global flags: `--region`,
 * `--endpoint-url`, the injected environment (for `AWS_REGION`, `AWS_ENDPOINT_URL_STS`, …)
 * and, with `--debug`, a logger on stderr (it logs one line per attempt, never a secret).
 *
 * @public
 */
export function stsClientConfig(globals: GlobalOptions, io: CliIo): StsClientConfig {
  return {
    env: io.env,
    ...(globals.region === undefined ? {} : { region: globals.region }),
    ...(globals.endpointUrl === undefined ? {} : { endpoint: globals.endpointUrl }),
    ...(globals.debug ? { logger: stderrLogger(io.stderr) } : {}),
  };
}

function stderrLogger(stderr: OutputStream): Logger {
  const log = (level: string) => (...content: unknown[]) => {
    stderr.write(`[${level}] ${formatWithOptions({ breakLength: Infinity }, ...content)}\n`);
  };
  return { trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
