import { readFile } from 'node:fs/promises';
import { CredentialsError } from '@stskit/credentials';

/**
 * Reads a web identity token file, such as the projected service-account token Kubernetes
 * mounts in EKS pods (`/var/run/secrets/eks.amazonaws.com/serviceaccount/token`).
 *
 * Surrounding whitespace is dropped: a JWT never contains any, and files written by hand
 * or by `echo` end with a newline. Errors name the path, never the file's content.
 *
 * @param path - the token file
 * @param providerName - starts error messages, e.g. `fromWebIdentity`
 * @returns the token
 * @throws CredentialsError of kind `InvalidConfiguration` when the file cannot be read or
 *   holds no token: only fixing the setup helps, so the cache does not retry in a loop
 *
 * @internal
 */
export async function readTokenFile(path: string, providerName: string): Promise<string> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new CredentialsError(`${providerName}: cannot read the web identity token file ${path}: ${reasonOf(error)}`, {
      kind: 'InvalidConfiguration',
      cause: error,
    });
  }
  const token = content.trim();
  if (token === '') {
    throw new CredentialsError(`${providerName}: the web identity token file ${path} is empty`, {
      kind: 'InvalidConfiguration',
    });
  }
  return token;
}

/** Node's error code says what went wrong; its message would repeat the path. */
function reasonOf(error: unknown): string {
  const { code } = error as { code?: unknown };
  if (code === 'ENOENT') return 'no such file';
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
