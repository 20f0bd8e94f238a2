/**
 * Entries the file-cache writers store: each one's session token repeats its access key ID
 * over 16 KB, so a torn write or two writers' bytes interleaved cannot pass for whole.
 */
const TOKEN_REPEATS = 512;

export interface EntryCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  readonly expiration?: Date | undefined;
}

export function entryFor(writer: number, round: number): EntryCredentials {
  const accessKeyId = `ASIAWRITER${String(writer).padStart(2, '0')}ROUND${String(round).padStart(4, '0')}`;
  return {
    accessKeyId,
    secretAccessKey: `secretOf${accessKeyId}`,
    sessionToken: `${accessKeyId}/`.repeat(TOKEN_REPEATS),
    expiration: new Date(Date.now() + 3_600_000),
  };
}

export function isWholeEntry(credentials: EntryCredentials): boolean {
  const { accessKeyId } = credentials;
  return (
    /^ASIAWRITER\d{2}ROUND\d{4}$/.test(accessKeyId) &&
    credentials.secretAccessKey === `secretOf${accessKeyId}` &&
    credentials.sessionToken === `${accessKeyId}/`.repeat(TOKEN_REPEATS)
  );
}
