/** The shells `stskit env` writes for. @public */
export type ShellFormat = 'sh' | 'fish' | 'powershell' | 'dotenv';

/** @public */
export const SHELL_FORMATS: readonly ShellFormat[] = ['sh', 'fish', 'powershell', 'dotenv'];

/**
 * Lines that set `variables` in `format`, each value quoted so that the shell reads it
 * back byte for byte whatever it holds (quotes, `$`, backslashes, newlines):
 *
 * - sh (bash, zsh, dash): `export NAME='value'`, a `'` written as `'\''`;
 * - fish: `set -gx NAME 'value'`, with `\` and `'` escaped by a backslash;
 * - PowerShell: `$Env:NAME = 'value'`, a `'` doubled;
 * - dotenv: `NAME="value"` with `\`, `"`, `$` and newlines escaped, as dotenv parsers and
 *   docker compose read double-quoted values.
 *
 * @public
 */
export function exportLines(variables: ReadonlyArray<readonly [string, string]>, format: ShellFormat): string {
  return variables.map(([name, value]) => `${exportLine(name, value, format)}\n`).join('');
}

function exportLine(name: string, value: string, format: ShellFormat): string {
  switch (format) {
    case 'sh':
      return `export ${name}='${value.replaceAll("'", "'\\''")}'`;
    case 'fish':
      return `set -gx ${name} '${value.replace(/[\\']/g, '\\$&')}'`;
    case 'powershell':
      return `$Env:${name} = '${value.replaceAll("'", "''")}'`;
    case 'dotenv':
      return `${name}="${value.replace(/[\\"$]/g, '\\$&').replaceAll('\n', '\\n')}"`;
  }
}
