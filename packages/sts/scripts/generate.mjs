/**
 * `npm run generate`: regenerates everything in `src/generated/` from the models in
 * `../shared/models/` (or `STSKIT_MODELS_DIR`). The endpoint generator runs only once it exists,
 * so this entry point does not depend on the order in which the generators were written.
 */
import { existsSync } from 'node:fs';

const generators = ['./generateModel.mjs', './generateEndpoints.mjs'];

for (const generator of generators) {
  const url = new URL(generator, import.meta.url);
  if (existsSync(url)) await import(url.href);
}
