export { fromSessionToken } from './fromSessionToken.js';
export type { FromSessionTokenInit } from './fromSessionToken.js';
