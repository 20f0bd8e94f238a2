import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCredentials, type Credentials } from '@stskit/credentials';

/**
 * Credentials cached in files, in the AWS CLI's format and place (`~/.aws/cli/cache`), so
 * that stskit and the AWS CLI reuse each other's assumed roles and MFA sessions:
 *
 * ```json
 * { "Credentials": { "AccessKeyId": "…", "SecretAccessKey": "…", "SessionToken": "…", "Expiration": "2025-01-01T12:00:00Z", "AccountId": "…" } }
 * ```
 *
 * One file per request, named by {@link cliCacheKey}. Files are written atomically (a
 * temporary file in the same directory, then a rename) with mode 0600; an unreadable,
 * corrupt or incomplete file reads as a miss and is replaced at the next write.
 *
 * @public
 */
export class FileCredentialsCache {
  /** @param directory - e.g. `~/.aws/cli/cache`, expanded */
  constructor(readonly directory: string) {}

  /**
   * The cached credentials, if they exist and stay valid for more than `minimumTtlMs` after
   * `now` (the AWS CLI ignores entries with 15 minutes or less left).
   */
  async read(key: string, now: number, minimumTtlMs: number): Promise<Credentials | undefined> {
    let entry: unknown;
    try {
      entry = JSON.parse(await readFile(this.#path(key), 'utf8'));
    } catch {
      return undefined;
    }
    const credentials = credentialsOfEntry(entry);
    if (credentials?.expiration === undefined || credentials.expiration.getTime() - now <= minimumTtlMs) return undefined;
    return credentials;
  }

  /** Stores `credentials` (which must carry an expiration) under `key`. */
  async write(key: string, credentials: Credentials): Promise<void> {
    if (credentials.expiration === undefined) return;
    const entry = {
      Credentials: {
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        SessionToken: credentials.sessionToken,
        Expiration: credentials.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(credentials.accountId === undefined ? {} : { AccountId: credentials.accountId }),
      },
    };
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const temporary = join(this.directory, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, JSON.stringify(entry), { mode: 0o600, flag: 'wx' });
      await rename(temporary, this.#path(key));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  #path(key: string): string {
    return join(this.directory, `${key}.json`);
  }
}

function credentialsOfEntry(entry: unknown): Credentials | undefined {
  const fields = (entry as { Credentials?: Record<string, unknown> } | null)?.Credentials;
  if (typeof fields !== 'object' || fields === null) return undefined;
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration, AccountId } = fields;
  if (typeof AccessKeyId !== 'string' || typeof SecretAccessKey !== 'string' || typeof SessionToken !== 'string' || typeof Expiration !== 'string') {
    return undefined;
  }
  const expiration = parseCliTimestamp(Expiration);
  if (expiration === undefined) return undefined;
  return createCredentials({
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    expiration,
    accountId: typeof AccountId === 'string' ? AccountId : undefined,
  });
}

// The AWS CLI writes `2025-01-01T12:00:00UTC` (strftime's %Z) for what it received, and
// ISO 8601 with an offset elsewhere; both name UTC.
function parseCliTimestamp(text: string): Date | undefined {
  const date = new Date(text.replace(/UTC$/, 'Z'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
