/**
 * One writer process of the file-cache test: writes `rounds` entries under one key through
 * the chain's FileCredentialsCache (the code the AWS CLI-compatible cache runs), reading the
 * entry back after each write; exits 2 on a torn or mixed entry. Bundled by the spec with
 * esbuild, so the child runs the very sources under test.
 *
 * Usage: node cacheWriter.mjs <directory> <key> <writer id> <rounds>
 */
import { FileCredentialsCache } from '../../../packages/chain/src/cache/FileCredentialsCache.js';
import { isWholeEntry, entryFor } from './cacheEntries.js';

const [directory = '', key = '', writer = '0', rounds = '1'] = process.argv.slice(2);
const cache = new FileCredentialsCache(directory);
for (let round = 0; round < Number(rounds); round++) {
  await cache.write(key, entryFor(Number(writer), round));
  const read = await cache.read(key, Date.now(), 0);
  if (read === undefined || !isWholeEntry(read)) {
    process.stderr.write(`writer ${writer} read a torn entry in round ${round}\n`);
    process.exit(2);
  }
}
