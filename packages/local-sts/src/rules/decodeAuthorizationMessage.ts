/**
 * DecodeAuthorizationMessage (STS-API.md §3.5): reveals a message this server encoded
 * (see `encodeAuthorizationMessage` on the handle), to callers of the account it concerns.
 *
 * @internal
 */
import { SHAPES } from '../model/constraints.js';
import { ApiError } from '../server/ApiError.js';
import { notAuthorized } from '../server/commonErrors.js';
import { signedOperation } from './Operation.js';

/** @internal */
export const decodeAuthorizationMessage = signedOperation({
  name: 'DecodeAuthorizationMessage',
  input: { EncodedMessage: { type: 'string', required: true, shape: SHAPES.encodedMessage } },
  run(input, { services, caller }) {
    const decoded = services.authorizationMessages.decode(input.EncodedMessage);
    if (!decoded) throw new ApiError('InvalidAuthorizationMessageException', 'Message is not valid');
    if (decoded.accountId !== caller.principal.accountId) throw notAuthorized(caller.principal.arn, 'DecodeAuthorizationMessage');
    return { DecodedMessage: JSON.stringify(decoded.message) };
  },
});
