export { fromAssumeRole } from './fromAssumeRole.js';
export type { FromAssumeRoleInit } from './fromAssumeRole.js';
export type { AssumeRoleOptions } from './assumeRoleRequest.js';
export { ROLE_CHAINING_MAX_SECONDS } from './roleChainingCap.js';
