import { OPERATIONS, type OperationTypes } from '../generated/operations.js';
import type { StsOperationName } from '../protocol/constants.js';
import { resolveEndpoint, type ResolvedEndpoint } from '../endpoints/resolveEndpoint.js';
import { resolveEndpointParameters } from '../endpoints/resolveEndpointParameters.js';
import { HttpAgentPool } from '../http/HttpAgentPool.js';
import { RetryQuota } from '../retry/RetryQuota.js';
import { ClockOffset, systemClock } from '../signing/ClockOffset.js';
import { executeOperation, type ClientContext } from './executeOperation.js';
import { sleep } from './sleep.js';
import type { CallOptions, StsClientConfig, WithMetadata } from './StsClientConfig.js';

const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

type Input<K extends StsOperationName> = OperationTypes[K]['input'];
type Output<K extends StsOperationName> = Promise<WithMetadata<OperationTypes[K]['output']>>;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(`Expected \`${name}\` to be a positive integer, got ${String(value)}`);
  }
  return value;
}

/**
 * A small client for every operation of the current STS model: Query protocol, SigV4,
 * typed errors, the endpoint rule set, standard-mode retries and clock-skew correction.
 * Members keep the API's PascalCase names, as in AWS SDK v3.
 *
 * @example
 * const sts = new StsClient({ region: 'eu-west-1', credentials: fromEnv() });
 * const { Arn } = await sts.getCallerIdentity();
 *
 * @public
 */
export class StsClient {
  readonly #context: ClientContext;

  constructor(config: StsClientConfig = {}) {
    const clock = config.clock ?? systemClock;
    const env = config.env ?? process.env;
    const endpoints = new Map<string, ResolvedEndpoint>();
    this.#context = {
      // Resolved on first use per operation, so a client for unsigned calls or a custom
      // endpoint can be built before a region is known; AssumeRoot and GetWebIdentityToken
      // may resolve differently from the rest.
      endpointFor: (operation) => {
        let endpoint = endpoints.get(operation);
        if (!endpoint) {
          endpoint = resolveEndpoint(resolveEndpointParameters(config, env, operation));
          endpoints.set(operation, endpoint);
        }
        return endpoint;
      },
      credentials: config.credentials,
      maxAttempts: positiveInteger('maxAttempts', config.maxAttempts, DEFAULT_MAX_ATTEMPTS),
      requestTimeoutMs: positiveInteger('requestTimeoutMs', config.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS),
      logger: config.logger,
      agents: new HttpAgentPool(),
      clockOffset: new ClockOffset(clock),
      retryQuota: new RetryQuota(),
      sleep: config.sleep ?? sleep,
      now: () => clock.now(),
    };
  }

  /** Sends any operation by name; the named methods below are the usual way in. */
  send<K extends StsOperationName>(operation: K, input: Input<K>, options?: CallOptions): Output<K> {
    return executeOperation(this.#context, OPERATIONS[operation], input, options);
  }

  assumeRole(input: Input<'AssumeRole'>, options?: CallOptions): Output<'AssumeRole'> {
    return this.send('AssumeRole', input, options);
  }

  /** Sent unsigned: the SAML assertion is the proof of identity. */
  assumeRoleWithSAML(input: Input<'AssumeRoleWithSAML'>, options?: CallOptions): Output<'AssumeRoleWithSAML'> {
    return this.send('AssumeRoleWithSAML', input, options);
  }

  /** Sent unsigned: the web identity token is the proof of identity. */
  assumeRoleWithWebIdentity(
    input: Input<'AssumeRoleWithWebIdentity'>,
    options?: CallOptions,
  ): Output<'AssumeRoleWithWebIdentity'> {
    return this.send('AssumeRoleWithWebIdentity', input, options);
  }

  assumeRoot(input: Input<'AssumeRoot'>, options?: CallOptions): Output<'AssumeRoot'> {
    return this.send('AssumeRoot', input, options);
  }

  decodeAuthorizationMessage(
    input: Input<'DecodeAuthorizationMessage'>,
    options?: CallOptions,
  ): Output<'DecodeAuthorizationMessage'> {
    return this.send('DecodeAuthorizationMessage', input, options);
  }

  getAccessKeyInfo(input: Input<'GetAccessKeyInfo'>, options?: CallOptions): Output<'GetAccessKeyInfo'> {
    return this.send('GetAccessKeyInfo', input, options);
  }

  getCallerIdentity(input: Input<'GetCallerIdentity'> = {}, options?: CallOptions): Output<'GetCallerIdentity'> {
    return this.send('GetCallerIdentity', input, options);
  }

  getDelegatedAccessToken(
    input: Input<'GetDelegatedAccessToken'>,
    options?: CallOptions,
  ): Output<'GetDelegatedAccessToken'> {
    return this.send('GetDelegatedAccessToken', input, options);
  }

  getFederationToken(input: Input<'GetFederationToken'>, options?: CallOptions): Output<'GetFederationToken'> {
    return this.send('GetFederationToken', input, options);
  }

  getSessionToken(input: Input<'GetSessionToken'> = {}, options?: CallOptions): Output<'GetSessionToken'> {
    return this.send('GetSessionToken', input, options);
  }

  getWebIdentityToken(input: Input<'GetWebIdentityToken'>, options?: CallOptions): Output<'GetWebIdentityToken'> {
    return this.send('GetWebIdentityToken', input, options);
  }

  /** Closes the kept-alive connections; later calls open new ones. */
  destroy(): void {
    this.#context.agents.destroy();
  }
}
