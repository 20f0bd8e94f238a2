/**
 * The record of every call: kept in memory for the handle (the latest
 * {@link MAX_EVENTS_IN_MEMORY}), and appended as JSON lines to a file when one is given.
 *
 * @internal
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { CloudTrailEvent } from './CloudTrailEvent.js';

/** @internal */
export const MAX_EVENTS_IN_MEMORY = 10_000;

/** @internal */
export class Trail {
  private readonly recorded: CloudTrailEvent[] = [];
  private readonly file: WriteStream | undefined;

  constructor(filePath?: string) {
    this.file = filePath ? createWriteStream(filePath, { flags: 'a' }) : undefined;
  }

  record(event: CloudTrailEvent): void {
    this.recorded.push(event);
    if (this.recorded.length > MAX_EVENTS_IN_MEMORY) this.recorded.shift();
    this.file?.write(`${JSON.stringify(event)}\n`);
  }

  /** Events in order, optionally of one action only. */
  events(eventName?: string): CloudTrailEvent[] {
    return eventName === undefined ? [...this.recorded] : this.recorded.filter((event) => event.eventName === eventName);
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    const file = this.file;
    if (!file) return;
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
