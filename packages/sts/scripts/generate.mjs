/**
 * `npm run generate`: regenerates everything in `src/generated/` from the models in
 * `../shared/models/` (or `STSKIT_MODELS_DIR`): the model's shapes, types and operations,
 * then the endpoint rule set and partitions once `generateEndpoints.mjs` exists.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { generateModel } from './generateModel.mjs';

const written = [...generateModel()];
const endpointsGenerator = new URL('./generateEndpoints.mjs', import.meta.url);
if (existsSync(endpointsGenerator)) {
  const { generateEndpoints } = await import(endpointsGenerator.href);
  written.push(...(await generateEndpoints()));
}
for (const path of written) console.log(`wrote ${relative(process.cwd(), path)}`);
