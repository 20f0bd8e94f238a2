/**
 * One STS request from bytes to reply: action, scripted faults, authentication, model
 * validation, the operation's rule, the XML envelope, and the CloudTrail record. Every
 * failure becomes an `ErrorResponse`; nothing a client sends can produce a crash or an HTML
 * page (except an `html` fault, on purpose).
 *
 * @internal
 */
import { randomUUID } from 'node:crypto';
import { STS_API_VERSION, STS_GLOBAL_SIGNING_REGION, XML_CONTENT_TYPE } from '@stskit/sts/protocol';
import { authenticate } from '../auth/authenticate.js';
import type { ReceivedRequest } from '../auth/canonicalRequest.js';
import type { SigningCredential } from '../auth/CredentialStore.js';
import { applyReplyFault, faultError } from '../faults/applyFault.js';
import type { FaultPlan } from '../faults/FaultPlan.js';
import { readInput } from '../model/readInput.js';
import { assertMayCall } from '../rules/callerGuards.js';
import type { Operation } from '../rules/Operation.js';
import type { StsServices } from '../rules/StsServices.js';
import { buildEvent } from '../trail/buildEvent.js';
import type { UserIdentity } from '../trail/CloudTrailEvent.js';
import type { Trail } from '../trail/Trail.js';
import { ApiError } from './ApiError.js';
import { errorEnvelope, successEnvelope } from './envelopes.js';
import { parseQueryParameters } from './parseQueryParameters.js';
import type { Reply } from './Reply.js';

/** @internal */
export interface DispatcherParts {
  readonly services: StsServices;
  readonly operations: ReadonlyMap<string, Operation>;
  readonly faults: FaultPlan;
  readonly trail: Trail;
  /** Waits real time (latency faults); cancelled when the server closes. */
  delay(ms: number): Promise<void>;
}

/** @internal */
export class StsDispatcher {
  private readonly callCounts = new Map<string, number>();

  constructor(private readonly parts: DispatcherParts) {}

  /** Requests received for `action`, or in all. */
  calls(action?: string): number {
    if (action !== undefined) return this.callCounts.get(action) ?? 0;
    let total = 0;
    for (const count of this.callCounts.values()) total += count;
    return total;
  }

  async dispatch(request: ReceivedRequest, sourceIp: string): Promise<Reply> {
    const { services, operations, faults } = this.parts;
    const requestId = randomUUID();
    const parameters = parseQueryParameters(request.method, request.target, request.body);
    const action = parameters.get('Action');
    this.callCounts.set(action ?? '', (this.callCounts.get(action ?? '') ?? 0) + 1);
    const operation = action === undefined ? undefined : operations.get(action);
    const fault = operation ? faults.take(operation.name) : undefined;
    if (fault?.kind === 'latency') await this.parts.delay(fault.ms);
    if (fault?.kind === 'drop' || fault?.kind === 'hang') return { status: 0, contentType: '', body: '', delivery: fault.kind };

    const now = services.clock.now();
    let caller: SigningCredential | undefined;
    let federatedIdentity: UserIdentity | undefined;
    let input: object | undefined;
    let reply: Reply;
    let result: object | undefined;
    let error: ApiError | undefined;
    try {
      if (action === undefined) throw new ApiError('MissingAction', 'Missing Action');
      if (!operation) throw new ApiError('InvalidAction', `Could not find operation ${action} for version ${parameters.get('Version') ?? 'NO_VERSION_SPECIFIED'}`);
      const version = parameters.get('Version');
      if (version === undefined) throw new ApiError('MissingParameter', 'The request must contain the parameter Version');
      if (version !== STS_API_VERSION) throw new ApiError('InvalidAction', `Could not find operation ${action} for version ${version}`);
      const injected = faultError(fault);
      if (injected) throw injected;
      if (operation.signed) {
        caller = authenticate(request, services.credentials, services.clock);
        assertMayCall(operation.name, caller);
      }
      input = readInput(operation.input, parameters);
      const context = { services, now, caller: caller as SigningCredential, identify: (identity: UserIdentity) => (federatedIdentity = identity) };
      const output = await operation.run(input as never, context);
      result = output;
      reply = { status: 200, contentType: XML_CONTENT_TYPE, body: successEnvelope(operation.name, output, requestId), requestId, delivery: 'normal' };
    } catch (thrown) {
      error = thrown instanceof ApiError ? thrown : new ApiError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500);
      reply = { status: error.statusCode, contentType: XML_CONTENT_TYPE, body: errorEnvelope(error, requestId), requestId, delivery: 'normal' };
    }
    this.parts.trail.record(
      buildEvent({
        action: operation?.name ?? action ?? '',
        requestId,
        time: now,
        sourceIp,
        userAgent: request.header('user-agent') ?? '',
        region: signingRegion(request) ?? STS_GLOBAL_SIGNING_REGION,
        ...(caller ? { caller } : {}),
        ...(federatedIdentity ? { federatedIdentity } : {}),
        ...(input ? { input } : {}),
        ...(result ? { result } : {}),
        ...(error ? { error } : {}),
      }),
    );
    return applyReplyFault(reply, fault);
  }
}

function signingRegion(request: ReceivedRequest): string | undefined {
  return /Credential=[^/,]+\/\d{8}\/([^/,]+)\//.exec(request.header('authorization') ?? '')?.[1];
}
