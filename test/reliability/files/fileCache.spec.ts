/**
 * The chain's file cache (the AWS CLI's ~/.aws/cli/cache format) under 10 concurrent writer
 * processes: every read, in the writers and in this process while they run, sees a whole
 * entry; the file ends up 0600 with no temporary file left; and a corrupt entry is ignored by
 * a provider reading through the cache and replaced by its fresh credentials.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { FileCredentialsCache } from '../../../packages/chain/src/cache/FileCredentialsCache.js';
import { withFileCache } from '../../../packages/chain/src/cache/withFileCache.js';
import { createRefreshingProvider, ManualClock } from '@stskit/credentials';
import { writeResult } from '../support/results.js';
import { entryFor, isWholeEntry } from './cacheEntries.js';

const WRITERS = 10;
const ROUNDS = 40;
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f9001122334';
/** A real deadline for ten processes' work, not a measure of it. */
const TIMEOUT_MS = 120_000;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const packageSources = Object.fromEntries(
  ['sts', 'credentials', 'chain'].map((name) => [`@stskit/${name}`, join(root, 'packages', name, 'src', 'index.ts')]),
);

/** Runs `node script args`, resolving with its exit code and what it wrote to stderr. */
function run(script: string, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // The bundle lives outside the repository; its few runtime requires resolve from ours.
    const env = { ...process.env, NODE_PATH: join(root, 'node_modules') };
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the file cache under concurrent writer processes', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'stskit-file-cache-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('should never show a torn entry, and leave one 0600 file', async () => {
    const writer = join(directory, 'cacheWriter.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('cacheWriter.ts', import.meta.url))],
      outfile: writer,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      alias: packageSources,
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    const cacheDirectory = join(directory, 'cache');
    const cache = new FileCredentialsCache(cacheDirectory);

    let running = true;
    let readsWhileRunning = 0;
    const torn: string[] = [];
    const writers = Promise.all(
      Array.from({ length: WRITERS }, (_, index) => run(writer, [cacheDirectory, KEY, String(index), String(ROUNDS)])),
    ).finally(() => (running = false));
    while (running) {
      const read = await cache.read(KEY, Date.now(), 0);
      readsWhileRunning++;
      if (read !== undefined && !isWholeEntry(read)) torn.push(read.accessKeyId);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await writers;
    writeResult('file-cache', { writers: WRITERS, writesPerWriter: ROUNDS, entryBytes: 16 * 1024, readsWhileRunning, tornReads: torn.length });

    expect(results.filter(({ code }) => code !== 0)).toEqual([]);
    expect(torn).toEqual([]);
    expect(readsWhileRunning).toBeGreaterThan(0);
    expect(await readdir(cacheDirectory)).toEqual([`${KEY}.json`]);
    expect((await stat(join(cacheDirectory, `${KEY}.json`))).mode & 0o777).toBe(0o600);
    const final = await cache.read(KEY, Date.now(), 0);
    expect(final !== undefined && isWholeEntry(final)).toBe(true);
  }, TIMEOUT_MS);

  it.each([
    ['not JSON', '{"Credentials": {"AccessKeyId": "ASIA'],
    ['JSON of the wrong shape', '{"Credentials": {"AccessKeyId": 42}}'],
    ['an entry without an expiration', JSON.stringify({ Credentials: { AccessKeyId: 'ASIAOLD', SecretAccessKey: 'old', SessionToken: 'old' } })],
    ['an empty file', ''],
  ])('should ignore a corrupt entry (%s) and replace it with fresh credentials', async (_kind, corrupt) => {
    const clock = new ManualClock(Date.now());
    const cache = new FileCredentialsCache(directory);
    await writeFile(join(directory, `${KEY}.json`), corrupt, { mode: 0o600 });
    const fresh = entryFor(99, 0);
    const source = createRefreshingProvider(async () => ({ ...fresh, expiration: new Date(clock.now() + 3_600_000) }), { clock });
    const provider = withFileCache(source, { cache, key: KEY, providerName: 'cached', clock });

    const credentials = await provider();
    provider.close();

    expect(credentials.accessKeyId).toBe(fresh.accessKeyId);
    const stored = JSON.parse(await readFile(join(directory, `${KEY}.json`), 'utf8')) as { Credentials: { AccessKeyId: string } };
    expect(stored.Credentials.AccessKeyId).toBe(fresh.accessKeyId);
    expect((await stat(join(directory, `${KEY}.json`))).mode & 0o777).toBe(0o600);
  });
});
