import type { OperationSchema } from '../model/shapes.js';
import type { HttpResponse } from '../http/sendHttpRequest.js';
import { StsResponseError } from '../errors/StsResponseError.js';
import { StsServiceError } from '../errors/StsServiceError.js';
import { parseErrorBody } from '../protocol/parseErrorBody.js';
import { parseSuccessBody } from '../protocol/parseSuccessBody.js';
import { safeExcerpt } from '../protocol/safeExcerpt.js';
import { REQUEST_ID_HEADER } from '../protocol/constants.js';
import { classifyServiceError } from '../retry/classifyError.js';

/** @internal */
export interface ParsedReply {
  readonly output: Record<string, unknown>;
  readonly requestId: string | undefined;
}

function headerValue(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Turns an HTTP reply into the operation's output, or throws what went wrong: an
 * `StsServiceError` for an STS error document (or a bare 5xx from a proxy, coded `Http503`
 * and so on, which is worth retrying), an `StsResponseError` for anything else.
 *
 * @internal
 */
export function interpretReply(operation: OperationSchema, response: HttpResponse): ParsedReply {
  const headerRequestId = headerValue(response, REQUEST_ID_HEADER);
  const { statusCode, body } = response;
  if (statusCode >= 200 && statusCode < 300) {
    return parseSuccessBody(operation, { statusCode, body, requestId: headerRequestId });
  }
  const parsed = parseErrorBody(body);
  if (parsed) {
    throw new StsServiceError({
      ...parsed,
      message: parsed.message || `STS answered ${parsed.code} without a message`,
      requestId: parsed.requestId ?? headerRequestId,
      statusCode,
      retryable: classifyServiceError(parsed.code, statusCode) !== undefined,
    });
  }
  if (statusCode >= 500 || statusCode === 429) {
    const code = `Http${statusCode}`;
    throw new StsServiceError({
      code,
      message: `HTTP ${statusCode} with a body that is not an STS error: ${safeExcerpt(body)}`,
      statusCode,
      requestId: headerRequestId,
      retryable: true,
    });
  }
  throw new StsResponseError('error reply is not an STS ErrorResponse', {
    statusCode,
    excerpt: safeExcerpt(body),
    requestId: headerRequestId,
  });
}
