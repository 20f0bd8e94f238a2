import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary HOME with `.aws/config` and `.aws/credentials` as given; `remove()` after. */
export interface TempHome {
  readonly home: string;
  path(relative: string): string;
  write(relative: string, text: string): string;
  remove(): void;
}

export function tempHome(files: Readonly<Record<string, string>> = {}): TempHome {
  const home = mkdtempSync(join(tmpdir(), 'stskit-chain-'));
  const handle: TempHome = {
    home,
    path: (relative) => join(home, relative),
    write(relative, text) {
      const path = join(home, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { mode: 0o600 });
      return path;
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
  for (const [relative, text] of Object.entries(files)) handle.write(relative, text);
  return handle;
}
