/**
 * GetWebIdentityToken (STS-API.md §3.11): a JWT about the caller, signed by this server's
 * own key, for outside services that trust AWS identities. The account must have outbound
 * federation enabled, and the token may not outlive the calling session.
 *
 * @internal
 */
import { isoSeconds } from '../clock.js';
import { RANGES, SHAPES } from '../model/constraints.js';
import { TAGS } from '../model/sharedFields.js';
import { ApiError } from '../server/ApiError.js';
import { validationError } from '../server/commonErrors.js';
import { OUTBOUND_ALGORITHMS, type OutboundAlgorithm } from '../tokens/OutboundTokenIssuer.js';
import { signedOperation } from './Operation.js';

const DEFAULT_SECONDS = 300;
/** The claims budget; tags beyond it get `JWTPayloadSizeExceededException`. @internal */
export const MAX_CUSTOM_CLAIMS_BYTES = 4096;

/** @internal */
export const getWebIdentityToken = signedOperation({
  name: 'GetWebIdentityToken',
  input: {
    Audience: { type: 'list', required: true, minItems: 1, maxItems: 10, member: { type: 'string', shape: SHAPES.audience } },
    DurationSeconds: { type: 'integer', range: RANGES.webIdentityTokenDuration },
    SigningAlgorithm: { type: 'string', required: true, shape: SHAPES.jwtAlgorithm },
    Tags: TAGS,
  },
  async run(input, { services, caller, now }) {
    const algorithm = input.SigningAlgorithm as OutboundAlgorithm;
    if (!OUTBOUND_ALGORITHMS.includes(algorithm)) {
      throw validationError(`SigningAlgorithm must be one of ${OUTBOUND_ALGORITHMS.join(', ')}`);
    }
    const { principal } = caller;
    if (!services.directory.account(principal.accountId)?.outboundWebIdentityFederation) {
      throw new ApiError('OutboundWebIdentityFederationDisabledException', 'Outbound web identity federation is disabled for this account.', 403);
    }
    const expiresAt = now + (input.DurationSeconds ?? DEFAULT_SECONDS) * 1000;
    if (caller.expiresAt !== undefined && expiresAt > caller.expiresAt) {
      throw new ApiError('SessionDurationEscalationException', 'The requested token duration would extend the session beyond its original expiration time.', 403);
    }
    const claims = Object.fromEntries((input.Tags ?? []).map((tag) => [tag.Key, tag.Value]));
    if (Buffer.byteLength(JSON.stringify(claims)) > MAX_CUSTOM_CLAIMS_BYTES) {
      throw new ApiError('JWTPayloadSizeExceededException', 'The JWT payload size exceeds the maximum allowed size.');
    }
    const token = await services.outboundTokens.sign({
      algorithm,
      accountId: principal.accountId,
      subject: principal.arn,
      audiences: input.Audience,
      issuedAt: now,
      expiresAt,
      claims,
    });
    return { WebIdentityToken: token, Expiration: isoSeconds(expiresAt) };
  },
});
