export { fromWebIdentity } from './fromWebIdentity.js';
export type { FromWebIdentityInit } from './fromWebIdentity.js';
export { ENV_ROLE_ARN, ENV_ROLE_SESSION_NAME, ENV_TOKEN_FILE, fromWebIdentityEnv } from './fromWebIdentityEnv.js';
export type { FromWebIdentityEnvInit } from './fromWebIdentityEnv.js';
export type { WebIdentityToken, WebIdentityTokenOptions } from './webIdentityTokenSource.js';
