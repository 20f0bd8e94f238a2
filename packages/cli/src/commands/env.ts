import { stringValue } from '../args/readValues.js';
import { commandCredentials, CREDENTIAL_OPTIONS } from '../credentials/commandCredentials.js';
import { credentialVariables, regionVariables } from '../credentials/credentialVariables.js';
import { resolveRegion } from '../credentials/resolveRegion.js';
import { EXIT, UsageError } from '../errors.js';
import { exportLines, SHELL_FORMATS, type ShellFormat } from '../output/exportLines.js';
import type { Command } from './Command.js';

/**
 * `stskit env [--profile P] [--format sh|fish|powershell|dotenv]`: prints the lines that
 * put a profile's credentials into a shell's environment, e.g. `eval "$(stskit env --profile dev)"`.
 *
 * @public
 */
export const envCommand: Command = {
  name: 'env',
  summary: "Print shell lines that export a profile's credentials",
  options: [
    { name: 'format', kind: 'string', placeholder: SHELL_FORMATS.join('|'), description: 'The shell to write for (default: sh)' },
    ...CREDENTIAL_OPTIONS,
  ],
  examples: ['eval "$(stskit env --profile dev)"', 'stskit env --profile dev --format fish | source', 'stskit env --profile dev --format dotenv > .env'],
  async run({ io, args, globals }) {
    const format = stringValue(args, 'format') ?? 'sh';
    if (!SHELL_FORMATS.includes(format as ShellFormat)) {
      throw new UsageError(`--format must be one of ${SHELL_FORMATS.join(', ')}, got "${format}"`);
    }
    const provider = commandCredentials(globals, io, args);
    try {
      const variables = [...credentialVariables(await provider()), ...regionVariables(resolveRegion(globals, io))];
      io.stdout.write(exportLines(variables, format as ShellFormat));
      return EXIT.ok;
    } finally {
      provider.close();
    }
  },
};
