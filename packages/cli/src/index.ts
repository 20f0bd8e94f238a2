/**
 * `@stskit/cli`: the `stskit` command. `main` runs it in-process with injected I/O.
 *
 * @packageDocumentation
 */
export { main } from './main.js';
export type { CliIo, InputStream, OutputStream } from './io.js';
export { EXIT, UsageError, ConfigurationError } from './errors.js';
