// Runs every bench/*.bench.mjs and rewrites BENCHMARKS.md with their tables.
// Each bench exports `run({ quick })` resolving to { section, intro, headers, rows }, and
// measures stskit against the AWS SDK v3 (or moto) in the same run, so ratios compare like
// with like on whatever machine runs them. `--quick` shortens every bench (used by tests).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

async function version(pkg) {
  try {
    const text = await readFile(join(root, 'node_modules', pkg, 'package.json'), 'utf8');
    return JSON.parse(text).version;
  } catch {
    return 'not installed';
  }
}

function table({ headers, rows }) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const files = (await readdir(benchDir)).filter((name) => name.endsWith('.bench.mjs')).sort();
const sections = [];
for (const file of files) {
  if (only && !file.startsWith(only)) continue;
  process.stderr.write(`bench: ${file}\n`);
  const { run } = await import(pathToFileURL(join(benchDir, file)).href);
  const result = await run({ quick });
  sections.push(`## ${result.section}\n\n${result.intro}\n\n${table(result)}\n`);
  process.stderr.write(`${table(result)}\n\n`);
}

const machine = [
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  `- Node.js ${process.version}; @aws-sdk/client-sts ${await version('@aws-sdk/client-sts')}; ` +
    `@aws-sdk/credential-providers ${await version('@aws-sdk/credential-providers')}; ` +
    `@smithy/property-provider ${await version('@smithy/property-provider')}`,
  `- Run: ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick mode: short runs, rough figures)' : ''}`,
].join('\n');

if (only || quick) {
  process.stderr.write('bench: partial or quick run; BENCHMARKS.md left as it is\n');
} else {
  const text = `# Benchmarks\n\nWritten by \`npm run bench\` (bench/run.mjs); do not edit by hand. Every figure compares\nstskit with the AWS SDK v3 (or moto) measured in the same run on the same machine, so the\nratios carry over between machines better than the absolute numbers do.\n\n${machine}\n\n${sections.join('\n')}`;
  await writeFile(join(root, 'BENCHMARKS.md'), text);
  process.stderr.write('bench: BENCHMARKS.md written\n');
}
