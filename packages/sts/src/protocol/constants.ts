/**
 * Wire facts of the STS Query protocol (STS-API.md §1, §7). The one module `@stskit/local-sts`
 * may share with the client (as `@stskit/sts/protocol`): facts, not behaviour, so a client bug
 * cannot hide behind the same bug in the server.
 *
 * @public
 */
export const STS_API_VERSION = '2011-06-15';
export const STS_XML_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
export const STS_SIGNING_NAME = 'sts';
export const STS_GLOBAL_HOST = 'sts.amazonaws.com';
export const STS_GLOBAL_SIGNING_REGION = 'us-east-1';
export const QUERY_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';
export const XML_CONTENT_TYPE = 'text/xml';
export const REQUEST_ID_HEADER = 'x-amzn-requestid';

/** Every operation of the current model (2026-04), in model order. */
export const STS_OPERATIONS = [
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'AssumeRoot',
  'DecodeAuthorizationMessage',
  'GetAccessKeyInfo',
  'GetCallerIdentity',
  'GetDelegatedAccessToken',
  'GetFederationToken',
  'GetSessionToken',
  'GetWebIdentityToken',
] as const;

export type StsOperationName = (typeof STS_OPERATIONS)[number];

/** STS takes these unsigned: the SAML assertion or web identity token is the proof. */
export const UNSIGNED_OPERATIONS: ReadonlySet<StsOperationName> = new Set([
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
]);
