/**
 * Parses a SigV4 `Authorization` header:
 * `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=hex`.
 *
 * @internal
 */
import { ApiError } from '../server/ApiError.js';

/** The SigV4 algorithm name. @internal */
export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

/** @internal */
export interface ParsedAuthorization {
  readonly accessKeyId: string;
  /** `YYYYMMDD` of the credential scope. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  /** `date/region/service/aws4_request` */
  readonly scope: string;
  /** Lower-case names, in the order given. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/**
 * @throws ApiError `IncompleteSignature` (400) for a header that is not a complete SigV4 one
 * @internal
 */
export function parseAuthorization(header: string): ParsedAuthorization {
  const space = header.indexOf(' ');
  const algorithm = space < 0 ? header : header.slice(0, space);
  if (algorithm !== SIGV4_ALGORITHM) {
    throw new ApiError('IncompleteSignature', `Unsupported AWS 'algorithm': '${algorithm}'`);
  }
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(',')) {
    const equals = part.indexOf('=');
    if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  const credential = required(fields, 'Credential', header);
  const signedHeaders = required(fields, 'SignedHeaders', header);
  const signature = required(fields, 'Signature', header);
  const [accessKeyId, scopeDate, region, service, terminator, ...extra] = credential.split('/');
  if (!accessKeyId || !scopeDate || !region || !service || terminator !== 'aws4_request' || extra.length > 0) {
    throw new ApiError(
      'IncompleteSignature',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  return {
    accessKeyId,
    scopeDate,
    region,
    service,
    scope: `${scopeDate}/${region}/${service}/aws4_request`,
    signedHeaders: signedHeaders.split(';').map((name) => name.toLowerCase()),
    signature,
  };
}

function required(fields: Map<string, string>, name: string, header: string): string {
  const value = fields.get(name);
  if (!value) {
    // The header can carry a signature but never a secret; still, echo only the algorithm.
    const algorithm = header.split(' ', 1)[0];
    throw new ApiError('IncompleteSignature', `Authorization header requires '${name}' parameter. Authorization=${algorithm} ...`);
  }
  return value;
}
