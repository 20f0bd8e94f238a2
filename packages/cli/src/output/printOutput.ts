import type { OutputFormat } from '../args/globalOptions.js';
import type { OutputStream } from '../io.js';
import { formatText } from './formatText.js';
import { toCliData } from './toCliData.js';

/**
 * Prints an STS output as `aws sts` does: `--output json` is the CLI's 4-space indented
 * JSON (Python's `json.dumps(indent=4)` and `JSON.stringify(…, null, 4)` agree on STS
 * data), `--output text` its tab-separated lines.
 *
 * @public
 */
export function printOutput(output: object, format: OutputFormat, stdout: OutputStream): void {
  const data = toCliData(output);
  stdout.write(format === 'json' ? `${JSON.stringify(data, null, 4)}\n` : formatText(data));
}
