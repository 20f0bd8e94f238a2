/**
 * GetDelegatedAccessToken (STS-API.md §3.8): trades a single-use token (minted through the
 * handle's `mintTradeInToken`) for a session of the role it grants. `PackedPolicySize` is
 * documented as not populated, so it is left out.
 *
 * @internal
 */
import { SHAPES } from '../model/constraints.js';
import { ApiError } from '../server/ApiError.js';
import { notAuthorized } from '../server/commonErrors.js';
import { assumedRolePrincipal } from './assumedRole.js';
import { issueSession } from './issueSession.js';
import { signedOperation } from './Operation.js';

const SESSION_SECONDS = 3600;

/** @internal */
export const getDelegatedAccessToken = signedOperation({
  name: 'GetDelegatedAccessToken',
  input: { TradeInToken: { type: 'string', required: true, shape: SHAPES.tradeInToken } },
  run(input, { services, caller, now }) {
    const redemption = services.tradeInTokens.redeem(input.TradeInToken, now);
    if (redemption.status === 'expired') throw new ApiError('ExpiredTradeInTokenException', 'The trade-in token has expired.');
    const role = redemption.status === 'valid' ? services.directory.role(redemption.grant.roleArn) : undefined;
    if (!role) throw notAuthorized(caller.principal.arn, 'GetDelegatedAccessToken');
    const session = assumedRolePrincipal(role, `delegated-${now}`, 'Delegated');
    const issued = issueSession(services, session, Math.min(SESSION_SECONDS, role.maxSessionDurationSeconds), now);
    return { Credentials: issued.credentials, AssumedPrincipal: session.arn };
  },
});
