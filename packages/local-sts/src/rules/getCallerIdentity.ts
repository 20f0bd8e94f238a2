/**
 * GetCallerIdentity: who signed the request. Needs no permission, so every kind of
 * credentials may call it (STS-API.md §3.7).
 *
 * @internal
 */
import { signedOperation } from './Operation.js';

/** @internal */
export const getCallerIdentity = signedOperation({
  name: 'GetCallerIdentity',
  input: {},
  run(_input, { caller }) {
    const { principal } = caller;
    return { UserId: principal.userId, Account: principal.accountId, Arn: principal.arn };
  },
});
