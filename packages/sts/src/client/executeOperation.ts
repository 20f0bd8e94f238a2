import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import type { OperationSchema } from '../model/shapes.js';
import type { CallOptions, WithMetadata } from './StsClientConfig.js';
import type { ResolvedEndpoint } from '../endpoints/resolveEndpoint.js';
import type { HttpAgentPool } from '../http/HttpAgentPool.js';
import type { ClockOffset } from '../signing/ClockOffset.js';
import type { RetryQuota } from '../retry/RetryQuota.js';
import { StsConfigurationError } from '../errors/StsConfigurationError.js';
import { StsNetworkError } from '../errors/StsNetworkError.js';
import { StsServiceError } from '../errors/StsServiceError.js';
import { StsValidationError } from '../errors/StsValidationError.js';
import { sendHttpRequest, type HttpResponse } from '../http/sendHttpRequest.js';
import { QUERY_CONTENT_TYPE } from '../protocol/constants.js';
import { serializeQuery } from '../protocol/serializeQuery.js';
import { backoffDelay } from '../retry/backoffDelay.js';
import { CLOCK_SKEW_CODES, classifyError } from '../retry/classifyError.js';
import { signRequest } from '../signing/signRequest.js';
import { validateInput } from '../validation/validateInput.js';
import { interpretReply } from './interpretReply.js';

const USER_AGENT = 'stskit/0.1.0';

/** What one client shares across its calls. @internal */
export interface ClientContext {
  readonly endpointFor: (operation: string) => ResolvedEndpoint;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
  readonly maxAttempts: number;
  readonly requestTimeoutMs: number;
  readonly logger: Logger | undefined;
  readonly agents: HttpAgentPool;
  readonly clockOffset: ClockOffset;
  readonly retryQuota: RetryQuota;
  readonly sleep: (ms: number, abortSignal?: AbortSignal) => Promise<void>;
  readonly now: () => number;
}

async function resolveCredentials(context: ClientContext, operation: string): Promise<AwsCredentialIdentity> {
  const { credentials } = context;
  if (credentials === undefined) {
    throw new StsConfigurationError(
      `${operation} must be signed, but the client has no credentials: pass credentials (static or a provider) to new StsClient()`,
    );
  }
  return typeof credentials === 'function' ? credentials() : credentials;
}

async function buildHeaders(
  context: ClientContext,
  operation: OperationSchema,
  endpoint: ResolvedEndpoint,
  url: URL,
  body: string,
  attempt: number,
  invocationId: string,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    host: url.host,
    'content-type': QUERY_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': USER_AGENT,
    'amz-sdk-invocation-id': invocationId,
    'amz-sdk-request': `attempt=${attempt}; max=${context.maxAttempts}`,
  };
  if (!operation.signed) return headers;
  const credentials = await resolveCredentials(context, operation.name);
  return signRequest(url, headers, body, {
    credentials,
    signingRegion: endpoint.signingRegion,
    signingDate: context.clockOffset.signingDate(),
  });
}

function isClockSkewRefusal(error: unknown): boolean {
  return error instanceof StsServiceError && CLOCK_SKEW_CODES.has(error.code);
}

function dateHeader(response: HttpResponse): string | undefined {
  const value = response.headers.date;
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Runs one operation: validates the input (before any request), serializes it once, then
 * makes up to `maxAttempts` signed attempts, retrying throttling and transient failures with
 * full-jitter backoff while the retry quota lasts, and once more after correcting the clock
 * offset from a reply's `Date` header when STS refused the request time.
 *
 * @internal
 */
export async function executeOperation<Output>(
  context: ClientContext,
  operation: OperationSchema,
  input: unknown,
  options: CallOptions = {},
): Promise<WithMetadata<Output>> {
  const issues = validateInput(operation, input ?? {});
  if (issues.length > 0) throw new StsValidationError(operation.name, issues);
  const body = serializeQuery(operation, (input ?? {}) as Record<string, unknown>);
  const endpoint = context.endpointFor(operation.name);
  const url = new URL(endpoint.url);
  const invocationId = crypto.randomUUID();
  const { abortSignal } = options;

  let totalRetryDelay = 0;
  let skewRetryUsed = false;
  let retryCost: number | undefined;
  for (let attempt = 1; ; attempt++) {
    const started = context.now();
    let response: HttpResponse | undefined;
    try {
      const headers = await buildHeaders(context, operation, endpoint, url, body, attempt, invocationId);
      response = await sendHttpRequest(
        { url, headers, body },
        { agent: context.agents.forProtocol(url.protocol), timeoutMs: context.requestTimeoutMs, abortSignal },
      );
      const skewChanged = context.clockOffset.update(dateHeader(response));
      try {
        const { output, requestId } = interpretReply(operation, response);
        context.retryQuota.release(retryCost);
        log(context.logger, 'debug', operation.name, attempt, response.statusCode, requestId, context.now() - started);
        // Added in place, not by spreading: a copy would lose the concealment of secret members.
        output.$metadata = { httpStatusCode: response.statusCode, requestId, attempts: attempt, totalRetryDelay };
        return output as WithMetadata<Output>;
      } catch (error) {
        if (skewChanged && !skewRetryUsed && isClockSkewRefusal(error)) {
          skewRetryUsed = true;
          log(context.logger, 'warn', operation.name, attempt, response.statusCode, requestIdOf(error), context.now() - started, 'clock skew corrected; retrying');
          attempt--; // a corrected clock earns one attempt beyond the budget
          continue;
        }
        throw error;
      }
    } catch (error) {
      if (abortSignal?.aborted) throw abortSignal.reason;
      const kind = classifyError(error);
      const status = response?.statusCode;
      const canRetry = kind !== undefined && attempt < context.maxAttempts;
      const cost = canRetry ? context.retryQuota.acquire(isTimeout(error)) : undefined;
      if (cost === undefined || kind === undefined) {
        log(context.logger, 'debug', operation.name, attempt, status, requestIdOf(error), context.now() - started, describe(error));
        throw error;
      }
      retryCost = cost;
      const delay = backoffDelay(kind, attempt);
      log(context.logger, 'info', operation.name, attempt, status, requestIdOf(error), context.now() - started, `${describe(error)}; retrying in ${delay} ms`);
      totalRetryDelay += delay;
      await context.sleep(delay, abortSignal);
    }
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof StsNetworkError && error.code === 'TimeoutError';
}

function requestIdOf(error: unknown): string | undefined {
  return (error as { requestId?: string }).requestId;
}

function describe(error: unknown): string {
  if (error instanceof StsServiceError || error instanceof StsNetworkError) return `${error.name}: ${error.code}`;
  return error instanceof Error ? error.name : 'error';
}

function log(
  logger: Logger | undefined,
  level: 'debug' | 'info' | 'warn',
  action: string,
  attempt: number,
  statusCode: number | undefined,
  requestId: string | undefined,
  latencyMs: number,
  outcome?: string,
): void {
  if (!logger) return;
  const fields = { action, attempt, statusCode, requestId, latencyMs, ...(outcome ? { outcome } : {}) };
  logger[level](`sts ${action} attempt ${attempt}`, fields);
}
