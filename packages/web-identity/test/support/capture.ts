import type { Logger } from '@smithy/types';

/** A logger that keeps every line, so a test can check that no secret was logged. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const keep = (...parts: unknown[]) => void lines.push(parts.map(String).join(' '));
  return { logger: { debug: keep, info: keep, warn: keep, error: keep }, lines };
}
