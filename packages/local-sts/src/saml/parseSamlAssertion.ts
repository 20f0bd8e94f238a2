/**
 * Reads what STS needs from a base64 SAML 2.0 response: issuer, subject, audience and
 * recipient, validity window, and the AWS attributes (`Role` as `role_arn,principal_arn`
 * pairs in either order, `RoleSessionName`, `SessionDuration`). The XML signature is NOT
 * verified; local-sts trusts any assertion whose issuer matches the provider.
 *
 * @internal
 */
import { XMLParser } from 'fast-xml-parser';

/** @internal */
export const AWS_SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';
/** @internal */
export const ROLE_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/Role';
/** @internal */
export const SESSION_NAME_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/RoleSessionName';
/** @internal */
export const SESSION_DURATION_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/SessionDuration';

/** @internal */
export interface SamlAssertion {
  readonly issuer: string;
  readonly subject: string;
  readonly subjectFormat: string;
  readonly audiences: readonly string[];
  readonly recipient?: string;
  /** Epoch ms; the earliest of the conditions' and the subject confirmation's. */
  readonly notOnOrAfter?: number;
  readonly notBefore?: number;
  readonly roles: readonly { readonly roleArn: string; readonly principalArn: string }[];
  readonly sessionName?: string;
  readonly sessionDurationSeconds?: number;
  readonly sessionNotOnOrAfter?: number;
}

type Node = Record<string, unknown>;

const LISTS = new Set(['Assertion', 'Attribute', 'AttributeValue', 'Audience', 'AudienceRestriction', 'SubjectConfirmation']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => LISTS.has(name),
});

/** @throws Error describing what is missing or malformed @internal */
export function parseSamlAssertion(base64: string): SamlAssertion {
  const xml = Buffer.from(base64, 'base64').toString('utf8');
  const document = parser.parse(xml) as Node;
  const response = node(document.Response);
  const assertion = node(list(response?.Assertion ?? document.Assertion)[0]);
  if (!assertion) throw new Error('no SAML Assertion found');
  const subject = node(assertion.Subject);
  const confirmation = node(node(list(subject?.SubjectConfirmation)[0])?.SubjectConfirmationData);
  const conditions = node(assertion.Conditions);
  const attributes = attributeValues(node(assertion.AttributeStatement));
  const nameId = subject?.NameID;
  const issuer = text(assertion.Issuer) ?? text(response?.Issuer);
  if (!issuer) throw new Error('no Issuer');
  const notOnOrAfter = [time(conditions?.['@_NotOnOrAfter']), time(confirmation?.['@_NotOnOrAfter'])].filter((value) => value !== undefined);
  const duration = attributes.get(SESSION_DURATION_ATTRIBUTE)?.[0];
  return {
    issuer,
    subject: text(nameId) ?? '',
    subjectFormat: String(node(nameId)?.['@_Format'] ?? ''),
    audiences: list(conditions?.AudienceRestriction).flatMap((restriction) => list(node(restriction)?.Audience).map((audience) => text(audience) ?? '')),
    ...optional('recipient', stringOrUndefined(confirmation?.['@_Recipient'])),
    ...optional('notOnOrAfter', notOnOrAfter.length > 0 ? Math.min(...notOnOrAfter) : undefined),
    ...optional('notBefore', time(conditions?.['@_NotBefore'])),
    roles: (attributes.get(ROLE_ATTRIBUTE) ?? []).flatMap(rolePair),
    ...optional('sessionName', attributes.get(SESSION_NAME_ATTRIBUTE)?.[0]),
    ...optional('sessionDurationSeconds', duration === undefined ? undefined : Number(duration)),
    ...optional('sessionNotOnOrAfter', time(node(assertion.AuthnStatement)?.['@_SessionNotOnOrAfter'])),
  };
}

/** `role_arn,principal_arn`; IdPs send the two in either order. */
function rolePair(value: string): { roleArn: string; principalArn: string }[] {
  const parts = value.split(',').map((part) => part.trim());
  const roleArn = parts.find((part) => /^arn:aws:iam::\d{12}:role\//.test(part));
  const principalArn = parts.find((part) => /^arn:aws:iam::\d{12}:saml-provider\//.test(part));
  return roleArn && principalArn ? [{ roleArn, principalArn }] : [];
}

function attributeValues(statement: Node | undefined): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const attribute of list(statement?.Attribute)) {
    const name = String(node(attribute)?.['@_Name'] ?? '');
    values.set(name, list(node(attribute)?.AttributeValue).map((value) => text(value) ?? ''));
  }
  return values;
}

function node(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const inner = node(value)?.['#text'];
  return typeof inner === 'string' ? inner : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function time(value: unknown): number | undefined {
  const epochMs = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(epochMs) ? undefined : epochMs;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
