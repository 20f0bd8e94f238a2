import { CredentialsError } from '@stskit/credentials';
import { StsConfigurationError, StsServiceError, StsValidationError } from '@stskit/sts';
import { ConfigurationError, EXIT, UsageError } from './errors.js';
import type { OutputStream } from './io.js';

/**
 * Reports a failed command on stderr as one readable line, its causes appended
 * (`fromAssumeRole: could not assume …: AccessDenied: User … is not authorized`), and picks
 * the AWS CLI's exit code for it. `--debug` adds the stack traces.
 *
 * @param command - names the command in the message, when one was chosen
 * @returns the exit code
 * @public
 */
export function reportError(error: unknown, command: string | undefined, debug: boolean, stderr: OutputStream): number {
  const prefix = command === undefined ? 'stskit' : `stskit ${command}`;
  const hint = error instanceof UsageError ? ` (see: ${prefix} --help)` : '';
  stderr.write(`${prefix}: ${describeError(error)}${hint}\n`);
  if (debug) stderr.write(`${stackTraces(error)}\n`);
  return exitCodeOf(error);
}

/** The messages of an error and its causes, on one line; a cause already quoted by its parent is not repeated. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (const link of causeChain(error)) {
    const text = messageOf(link).replace(/\s*\n\s*/g, ' ').trim();
    if (text !== '' && !parts.some((part) => part.includes(text))) parts.push(text);
  }
  return parts.join(': ');
}

function messageOf(error: unknown): string {
  if (error instanceof StsServiceError) {
    const requestId = error.requestId === undefined ? '' : ` (request id ${error.requestId})`;
    return `${error.code}: ${error.message}${requestId}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function exitCodeOf(error: unknown): number {
  const chain = causeChain(error);
  if (chain.some((link) => link instanceof UsageError || link instanceof StsValidationError)) return EXIT.usage;
  if (chain.some((link) => link instanceof StsServiceError)) return EXIT.service;
  const isConfiguration = (link: unknown): boolean =>
    link instanceof ConfigurationError
    || link instanceof StsConfigurationError
    || (link instanceof CredentialsError && (link.kind === 'NotLoaded' || link.kind === 'InvalidConfiguration'));
  return chain.some(isConfiguration) ? EXIT.configuration : EXIT.other;
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let link: unknown = error; link !== undefined && !chain.includes(link); link = (link as { cause?: unknown } | null)?.cause) {
    chain.push(link);
  }
  return chain;
}

function stackTraces(error: unknown): string {
  return causeChain(error).map((link) => (link instanceof Error ? link.stack ?? link.message : String(link))).join('\nCaused by: ');
}
