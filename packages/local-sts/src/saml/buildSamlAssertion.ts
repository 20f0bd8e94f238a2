/**
 * Builds a base64 SAML 2.0 response such as an IdP posts to AWS sign-in, for tests of
 * AssumeRoleWithSAML clients. Unsigned, which local-sts accepts (see parseSamlAssertion).
 *
 * @public
 */
import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../clock.js';
import { escapeXml } from '../server/xml.js';
import { AWS_SAML_AUDIENCE, ROLE_ATTRIBUTE, SESSION_DURATION_ATTRIBUTE, SESSION_NAME_ATTRIBUTE } from './parseSamlAssertion.js';

/** @public */
export interface SamlAssertionOptions {
  readonly issuer: string;
  readonly roleArn: string;
  /** The SAML provider ARN paired with the role in the `Role` attribute. */
  readonly principalArn: string;
  /** Epoch ms; the assertion is valid from here. */
  readonly issuedAt: number;
  /** Epoch ms. @defaultValue issuedAt + 5 minutes */
  readonly notOnOrAfter?: number;
  /** @defaultValue 'local-user' */
  readonly sessionName?: string;
  /** @defaultValue the session name */
  readonly subject?: string;
  /** @defaultValue 'https://signin.aws.amazon.com/saml' */
  readonly audience?: string;
  /** The `SessionDuration` attribute, when set. */
  readonly sessionDurationSeconds?: number;
}

const PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

/** @public */
export function buildSamlAssertion(options: SamlAssertionOptions): string {
  const sessionName = options.sessionName ?? 'local-user';
  const issued = isoSeconds(options.issuedAt);
  const expires = isoSeconds(options.notOnOrAfter ?? options.issuedAt + 5 * 60 * 1000);
  const audience = escapeXml(options.audience ?? AWS_SAML_AUDIENCE);
  const attribute = (name: string, value: string) =>
    `<saml:Attribute Name="${name}"><saml:AttributeValue>${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`;
  const xml = [
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${issued}" Destination="${AWS_SAML_AUDIENCE}">`,
    `<saml:Issuer>${escapeXml(options.issuer)}</saml:Issuer>`,
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>`,
    `<saml:Assertion ID="_${randomUUID()}" Version="2.0" IssueInstant="${issued}">`,
    `<saml:Issuer>${escapeXml(options.issuer)}</saml:Issuer>`,
    `<saml:Subject><saml:NameID Format="${PERSISTENT}">${escapeXml(options.subject ?? sessionName)}</saml:NameID>`,
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${expires}" Recipient="${AWS_SAML_AUDIENCE}"/></saml:SubjectConfirmation></saml:Subject>`,
    `<saml:Conditions NotBefore="${issued}" NotOnOrAfter="${expires}"><saml:AudienceRestriction><saml:Audience>${audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>`,
    `<saml:AuthnStatement AuthnInstant="${issued}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
    '<saml:AttributeStatement>',
    attribute(ROLE_ATTRIBUTE, `${options.roleArn},${options.principalArn}`),
    attribute(SESSION_NAME_ATTRIBUTE, sessionName),
    options.sessionDurationSeconds === undefined ? '' : attribute(SESSION_DURATION_ATTRIBUTE, String(options.sessionDurationSeconds)),
    '</saml:AttributeStatement></saml:Assertion></samlp:Response>',
  ].join('');
  return Buffer.from(xml, 'utf8').toString('base64');
}
