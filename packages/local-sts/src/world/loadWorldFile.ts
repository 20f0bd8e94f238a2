/**
 * Reads a world JSON file (the `--world` option of the bin, or `world` given as a path).
 *
 * @public
 */
import { readFile } from 'node:fs/promises';
import { parseWorld } from './parseWorld.js';
import type { World } from './types.js';

/**
 * Loads and validates a world file.
 *
 * @param path - a JSON file in the format of {@link World}
 * @throws TypeError naming the file and the first invalid field
 * @public
 */
export async function loadWorldFile(path: string): Promise<World> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseWorld(json);
  } catch (error) {
    throw new TypeError(`${path}: ${(error as Error).message}`);
  }
}
