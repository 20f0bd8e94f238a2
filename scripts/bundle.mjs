// After `tsc -b`, bundles each package's runtime entry points (src/index.ts, and src/bin.ts
// where there is one) into dist/bundle/, which package.json `exports` and `bin` point at.
// Node's ES module loader pays per file: a fresh process loading the unbundled tree spent
// most of its time opening and linking our small modules. tsc still emits the declarations.
// Dependencies, other @stskit packages included, stay external: each loads once, as its own
// package.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

for (const name of readdirSync(packagesDir).sort()) {
  const packageDir = join(packagesDir, name);
  const entryPoints = ['index.ts', 'bin.ts'].map((file) => join(packageDir, 'src', file)).filter((path) => existsSync(path));
  if (entryPoints.length === 0) continue;
  await build({
    entryPoints,
    outdir: join(packageDir, 'dist', 'bundle'),
    bundle: true,
    splitting: true, // index and bin share their code instead of each carrying a copy
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
