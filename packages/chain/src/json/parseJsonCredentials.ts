import { createCredentials, CredentialsError, type Credentials } from '@stskit/credentials';

/**
 * Where JSON credentials come from, which decides the name of the session token member.
 *
 * - `process`: a `credential_process`'s Version 1 JSON (`Version: 1`, `SessionToken`);
 * - `metadata`: the container credentials endpoint and IMDS (`Token`).
 *
 * @internal
 */
export type JsonCredentialsFormat = 'process' | 'metadata';

/**
 * Validates credentials printed by a process or served by a metadata service:
 *
 * ```json
 * { "Version": 1, "AccessKeyId": "…", "SecretAccessKey": "…", "SessionToken": "…", "Expiration": "2025-01-01T00:00:00Z", "AccountId": "…" }
 * ```
 *
 * The token, `Expiration` and `AccountId` are optional. Messages name the bad member but
 * never quote the text, which holds secrets.
 *
 * @param text - the JSON text
 * @param format - see {@link JsonCredentialsFormat}
 * @param source - names the source in messages, e.g. `credential_process of profile "dev"`
 * @throws CredentialsError (`ProviderFailed`) naming what is wrong
 *
 * @internal
 */
export function parseJsonCredentials(text: string, format: JsonCredentialsFormat, source: string): Credentials {
  const reply = parseObject(text, source);
  const fail = (problem: string): never => {
    throw new CredentialsError(`${source} gave ${problem}`, { kind: 'ProviderFailed' });
  };
  if (format === 'process' && reply.Version !== 1) {
    fail(`Version ${JSON.stringify(reply.Version) ?? 'missing'}; only Version 1 is supported`);
  }
  const accessKeyId = requiredString(reply, 'AccessKeyId') ?? fail('no AccessKeyId');
  const secretAccessKey = requiredString(reply, 'SecretAccessKey') ?? fail('no SecretAccessKey');
  const sessionToken = optionalString(reply, format === 'process' ? 'SessionToken' : 'Token', fail);
  const accountId = optionalString(reply, 'AccountId', fail);
  const expirationText = optionalString(reply, 'Expiration', fail);
  const expiration = expirationText === undefined ? undefined : new Date(expirationText);
  if (expiration !== undefined && Number.isNaN(expiration.getTime())) fail('an Expiration that is not an ISO 8601 date');
  return createCredentials({ accessKeyId, secretAccessKey, sessionToken, expiration, accountId });
}

function parseObject(text: string, source: string): Record<string, unknown> {
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    reply = undefined;
  }
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) {
    const what = text.trim() === '' ? 'nothing' : `${text.length} characters that are not a JSON object`;
    throw new CredentialsError(`${source} gave ${what}; expected credentials JSON`, { kind: 'ProviderFailed' });
  }
  return reply as Record<string, unknown>;
}

function requiredString(reply: Record<string, unknown>, key: string): string | undefined {
  const value = reply[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function optionalString(reply: Record<string, unknown>, key: string, fail: (problem: string) => never): string | undefined {
  const value = reply[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : fail(`a ${key} that is not a string`);
}
