/**
 * GetAccessKeyInfo (STS-API.md §3.6): the account that owns a key. Like AWS, it answers for
 * any key in AWS's format by decoding the account from the ID, and says nothing about
 * whether the key is active.
 *
 * @internal
 */
import { accountOfAccessKeyId } from '../identity/accessKeyIds.js';
import { SHAPES } from '../model/constraints.js';
import { ApiError } from '../server/ApiError.js';
import { signedOperation } from './Operation.js';

/** @internal */
export const getAccessKeyInfo = signedOperation({
  name: 'GetAccessKeyInfo',
  input: { AccessKeyId: { type: 'string', required: true, shape: SHAPES.accessKeyId } },
  run(input, { services }) {
    const known = services.credentials.find(input.AccessKeyId);
    const account = known?.principal.accountId ?? accountOfAccessKeyId(input.AccessKeyId);
    if (account === undefined) throw new ApiError('InvalidParameterValue', 'The access key ID is not in the format of an AWS access key.');
    return { Account: account };
  },
});
