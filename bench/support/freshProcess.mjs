// Times a fresh `node` process running a snippet, minus a bare `node` start, over repeated
// runs; the median keeps one slow start from skewing the figure.
import { execFileSync } from 'node:child_process';

function timeOnce(code, cwd, env) {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds each snippet adds to a bare node start, as the median of `runs` interleaved runs. */
export function freshProcessCost(snippets, { runs, cwd, env = process.env }) {
  const samples = { bare: [], ...Object.fromEntries(Object.keys(snippets).map((name) => [name, []])) };
  for (let i = 0; i < runs; i++) {
    samples.bare.push(timeOnce('', cwd, env));
    for (const [name, code] of Object.entries(snippets)) samples[name].push(timeOnce(code, cwd, env));
  }
  const bare = median(samples.bare);
  return Object.fromEntries(Object.keys(snippets).map((name) => [name, median(samples[name]) - bare]));
}
