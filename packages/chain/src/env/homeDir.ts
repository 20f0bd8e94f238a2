import { homedir } from 'node:os';
import { join } from 'node:path';
import { readEnv, type Environment } from './Environment.js';

/**
 * The home directory from the injected environment (`HOME`, then `USERPROFILE`, then
 * `HOMEDRIVE` + `HOMEPATH`, as the SDKs look), falling back to the OS account's, so tests
 * point every `~` path at a temporary directory without touching `process.env`.
 *
 * @internal
 */
export function homeDir(env: Environment): string {
  const drivePath = readEnv(env, 'HOMEPATH') === undefined ? undefined : `${readEnv(env, 'HOMEDRIVE') ?? ''}${readEnv(env, 'HOMEPATH')}`;
  return readEnv(env, 'HOME') ?? readEnv(env, 'USERPROFILE') ?? drivePath ?? homedir();
}

/** Expands a leading `~/` against {@link homeDir}. @internal */
export function expandHome(path: string, env: Environment): string {
  return path === '~' || path.startsWith('~/') ? join(homeDir(env), path.slice(1)) : path;
}
