/**
 * The ledger of secrets one test file has seen: issued secret keys and session tokens, web
 * identity tokens, SAML assertions, MFA codes. `secretsCheck.ts` fills it from every HTTP
 * message in the process and fails a test whose logged output contains one; tests add the
 * secrets they make themselves, and check any text (an error, `util.inspect` of a provider,
 * a CLI's output) with `findSecrets`.
 *
 * The ledger lives on `globalThis` so the setup file and the tests of one file share it
 * whatever module instance each imported.
 */

export interface SecretLedger {
  /** Secrets of 8 or more characters, matched anywhere. */
  readonly secrets: Set<string>;
  /** MFA codes, matched only as a whole 6-digit number. */
  readonly codes: Set<string>;
}

const LEDGER = Symbol.for('stskit.secretLedger');
const MIN_SECRET_LENGTH = 8;

export function secretLedger(): SecretLedger {
  const holder = globalThis as { [LEDGER]?: SecretLedger };
  return (holder[LEDGER] ??= { secrets: new Set(), codes: new Set() });
}

/** Adds secrets to the ledger: short values are ignored (they would match by chance), 6-digit codes kept as codes. */
export function registerSecret(...values: readonly (string | undefined)[]): void {
  const ledger = secretLedger();
  for (const value of values) {
    if (value === undefined) continue;
    const trimmed = value.trim();
    if (/^\d{6}$/.test(trimmed)) ledger.codes.add(trimmed);
    else if (trimmed.length >= MIN_SECRET_LENGTH) ledger.secrets.add(trimmed);
  }
}

/** The secrets of the ledger found in `text` (each shown only by its first 4 characters). */
export function findSecrets(text: string): string[] {
  const { secrets, codes } = secretLedger();
  const found: string[] = [];
  for (const secret of secrets) if (text.includes(secret)) found.push(`${secret.slice(0, 4)}…`);
  for (const code of codes) if (new RegExp(`(?<!\\d)${code}(?!\\d)`).test(text)) found.push('an MFA code');
  return found;
}

/** Secrets in the bodies of STS replies and requests, IMDS and container replies, and credential_process output. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /<(?:\w+:)?(?:SecretAccessKey|SessionToken|WebIdentityToken|SAMLAssertion|TradeInToken)>\s*([^<\s]+)\s*</g,
  /"(?:SecretAccessKey|SessionToken|Token|secretAccessKey|sessionToken)"\s*:\s*"([^"]+)"/g,
  /(?:^|&)(?:WebIdentityToken|SAMLAssertion|TokenCode|TradeInToken)=([^&]+)/g,
];

/** Registers every secret found in an HTTP body or a process's output. */
export function harvestSecrets(body: string): void {
  for (const pattern of SECRET_PATTERNS) {
    for (const [, value] of body.matchAll(pattern)) {
      if (value === undefined) continue;
      let decoded = value;
      try {
        decoded = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        // not form-encoded: keep as is
      }
      registerSecret(decoded, value);
    }
  }
}
