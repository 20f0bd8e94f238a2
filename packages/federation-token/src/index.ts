export { fromFederationToken } from './fromFederationToken.js';
export type { FromFederationTokenInit } from './fromFederationToken.js';
