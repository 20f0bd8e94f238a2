import { SENSITIVE_MEMBER_NAMES } from '../generated/shapes.js';
import { REDACTED } from '../secrets/concealSecrets.js';

/** How much of a body an error message shows. @internal */
export const EXCERPT_LENGTH = 200;

/**
 * How much of the body is scanned. Blanking secrets shortens the text, so more than the
 * excerpt is scanned; any cut is safe, because text after a cut is never shown.
 */
const SCAN_LENGTH = 16 * 1024;

const secretNames = [...SENSITIVE_MEMBER_NAMES].join('|');
/**
 * An opening tag of a secret element (any namespace prefix, any attributes) and everything
 * after it up to its closing tag, or to the end of the text when the body was cut mid-element.
 */
const SECRET_ELEMENT = new RegExp(
  `(<(?:[\\w.-]+:)?(?:${secretNames})(?:\\s[^>]*)?>)[\\s\\S]*?(?=<\\/(?:[\\w.-]+:)?(?:${secretNames})\\s*>|$)`,
  'g',
);

/** C0 and C1 controls, line and paragraph separators, and bidirectional overrides. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The start of a reply body, fit for an error message or a log: the text of every secret
 * element (`SecretAccessKey`, `SessionToken`, `WebIdentityToken`, `SAMLAssertion`,
 * `TradeInToken`) blanked, even in a body cut off mid-element; whitespace runs folded into one
 * space; cut to about `maxLength` characters; control characters escaped (`\u0007`).
 *
 * @example
 * safeExcerpt('<Credentials><SecretAccessKey>wJal…</SecretAccessKey>');
 * // '<Credentials><SecretAccessKey>[redacted]</SecretAccessKey>'
 *
 * @internal
 */
export function safeExcerpt(body: string, maxLength = EXCERPT_LENGTH): string {
  const text = body
    .slice(0, SCAN_LENGTH)
    .replace(SECRET_ELEMENT, `$1${REDACTED}`)
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  return escapeControls(cut(text, maxLength));
}

/** Cuts at `maxLength` UTF-16 units without splitting a surrogate pair, marking the cut. */
function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const splitsPair = /[\uD800-\uDBFF]/.test(text.charAt(maxLength - 1));
  return `${text.slice(0, splitsPair ? maxLength - 1 : maxLength)}…`;
}

function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
