/**
 * Generates `src/generated/{shapes,types,operations}.ts` from the STS service model, so a
 * model update is a regeneration, not a hand edit. Run it with `npm run generate`, or directly.
 *
 * Reads `<repo>/../shared/models/sts-2011-06-15.service-2.json`, or the same file in the
 * directory named by `STSKIT_MODELS_DIR`. The output is deterministic: same model, same bytes.
 * Plain Node, no dependencies; the renderers live in `./model/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isUnsignedInModel, reachableShapes } from './model/modelQueries.mjs';
import { renderOperationsFile } from './model/renderOperations.mjs';
import { renderShapesFile } from './model/renderShapes.mjs';
import { renderTypesFile } from './model/renderTypes.mjs';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_FILE = 'sts-2011-06-15.service-2.json';

/** Reads the model and writes the three files into `outDir`. Returns the paths written. */
export function generateModel({
  modelsDir = process.env.STSKIT_MODELS_DIR ?? resolve(PACKAGE_DIR, '../../../shared/models'),
  outDir = join(PACKAGE_DIR, 'src/generated'),
} = {}) {
  const model = JSON.parse(readFileSync(join(modelsDir, MODEL_FILE), 'utf8'));
  const operations = Object.values(model.operations);
  const shapeNames = reachableShapes(model, operations);
  const outputs = [
    [join(outDir, 'shapes.ts'), renderShapesFile(MODEL_FILE, model, shapeNames)],
    [join(outDir, 'types.ts'), renderTypesFile(MODEL_FILE, model, operations, shapeNames)],
    [
      join(outDir, 'operations.ts'),
      renderOperationsFile(MODEL_FILE, model, operations, readUnsignedOperations(operations)),
    ],
  ];
  mkdirSync(outDir, { recursive: true });
  for (const [path, source] of outputs) writeFileSync(path, source);
  return outputs.map(([path]) => path);
}

/**
 * `UNSIGNED_OPERATIONS` in protocol/constants.ts is the rule the client follows (botocore
 * enforced it long before the model said so). Reads it, and fails if the model's `noAuth`
 * marks ever disagree, so a model change cannot silently sign or unsign an operation.
 */
function readUnsignedOperations(operations) {
  const constants = readFileSync(join(PACKAGE_DIR, 'src/protocol/constants.ts'), 'utf8');
  const setLiteral = /UNSIGNED_OPERATIONS[^=]*=\s*new Set\(\[([^\]]*)\]\)/.exec(constants);
  if (!setLiteral) throw new Error('generateModel: UNSIGNED_OPERATIONS not found in protocol/constants.ts');
  const rule = [...setLiteral[1].matchAll(/'([^']+)'/g)].map((match) => match[1]).sort();
  const model = operations.filter(isUnsignedInModel).map((operation) => operation.name).sort();
  if (rule.join() !== model.join()) {
    throw new Error(
      `generateModel: the model's unsigned operations [${model}] differ from UNSIGNED_OPERATIONS [${rule}]`,
    );
  }
  return new Set(rule);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const path of generateModel()) console.log(`wrote ${relative(process.cwd(), path)}`);
}
