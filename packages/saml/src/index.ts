export { fromSaml } from './fromSaml.js';
export type { FromSamlInit, SamlAssertion } from './fromSaml.js';
