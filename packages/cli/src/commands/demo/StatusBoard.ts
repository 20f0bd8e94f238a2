import type { OutputStream } from '../../io.js';

/** Moves the cursor to the start of the line `n` lines up (CSI n F), and clears a line (CSI 2K). */
const cursorUp = (lines: number): string => (lines > 0 ? `\x1b[${lines}F` : '');
const CLEAR_LINE = '\x1b[2K';

/**
 * A block of status lines: redrawn in place on a terminal, so the demo reads as a live
 * dashboard; printed as plain blocks every `plainEvery` draws otherwise, so a log or a
 * pipe gets a readable history instead of escape codes.
 *
 * @internal
 */
export class StatusBoard {
  #drawnLines = 0;
  #draws = 0;

  constructor(private readonly stdout: OutputStream, private readonly plainEvery: number) {}

  /** Shows `lines`; `force` prints them even between plain blocks (for the final state). */
  draw(lines: readonly string[], force = false): void {
    this.#draws += 1;
    if (this.stdout.isTTY === true) {
      this.stdout.write(cursorUp(this.#drawnLines) + lines.map((line) => `${CLEAR_LINE}${line}\n`).join(''));
      this.#drawnLines = lines.length;
    } else if (force || this.#draws % this.plainEvery === 1 || this.plainEvery === 1) {
      this.stdout.write(`${lines.join('\n')}\n\n`);
    }
  }
}
