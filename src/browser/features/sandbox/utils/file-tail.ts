import type { FileReadBytes } from './file-read-body';
import type { LogBuffer } from './log-buffer';
import { appendBytes, bufferFrom, emptyBuffer, prependBytes } from './log-buffer';

/** Reads `/files/read` at a byte offset; `offset = -1` reads nothing and answers the file size. */
export type ReadFileBytes = (
  offset: number,
  length: number,
  signal: AbortSignal,
) => Promise<FileReadBytes>;

export interface TailLimits {
  /** Bytes shown when the file opens (the end of the file). */
  openBytes: number;
  /** Bytes asked per forward read; a full answer means more is waiting. */
  readBytes: number;
  /** Bytes added by one "Load older". */
  pageBytes: number;
  /** Most bytes kept in view. */
  maxBytes: number;
}

export const TAIL_LIMITS: TailLimits = {
  openBytes: 64 * 1024,
  readBytes: 64 * 1024,
  pageBytes: 32 * 1024,
  maxBytes: 2 * 1024 * 1024,
};

export type TailNotice =
  /** The file became smaller than what was read: truncated or rotated; reopened at its end. */
  | { kind: 'truncated'; size: number; offset: number }
  /** More than the cap arrived since the last read; reopened at the end, skipping the rest. */
  | { kind: 'skipped'; bytes: number };

export interface TailSnapshot {
  /** False until the file's end was read once. */
  opened: boolean;
  buffer: LogBuffer;
  /** The file size as last seen. */
  size: number;
  notice: TailNotice | null;
  /** Text left the view to keep it under the cap (the oldest, or the newest after "Load older"). */
  trimmed: boolean;
  loadingOlder: boolean;
  /** The last request's failure; null once a request succeeds again. */
  error: unknown;
}

/** Reads `[from, to)` in reads of at most `limit` bytes (the agent may answer fewer). */
async function readAll(
  read: ReadFileBytes,
  from: number,
  to: number,
  limit: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (from + total < to) {
    const { data } = await read(from + total, Math.min(limit, to - from - total), signal);
    if (data.length === 0) break;
    parts.push(data);
    total += data.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Tails one sandbox file by byte offset. Operations run one at a time (a poll and a "Load older"
 * never interleave), each producing a new immutable snapshot for `useSyncExternalStore`.
 */
export class FileTail {
  private snapshot: TailSnapshot = {
    opened: false,
    buffer: emptyBuffer(0),
    size: 0,
    notice: null,
    trimmed: false,
    loadingOlder: false,
    error: null,
  };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private controller = new AbortController();

  constructor(
    private readonly read: ReadFileBytes,
    private readonly limits: TailLimits = TAIL_LIMITS,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): TailSnapshot => this.snapshot;

  private update(change: Partial<TailSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  /** Runs `operation` after the ones before it; a failure lands in `error`, an abort nowhere. */
  private enqueue<T>(operation: (signal: AbortSignal) => Promise<T>, fallback: T): Promise<T> {
    const signal = this.controller.signal;
    const run = async (): Promise<T> => {
      if (signal.aborted) return fallback;
      try {
        const result = await operation(signal);
        if (!signal.aborted && this.snapshot.error !== null) this.update({ error: null });
        return result;
      } catch (error) {
        if (signal.aborted) return fallback;
        this.update({ error });
        return fallback;
      }
    };
    const result = this.queue.then(run);
    this.queue = result;
    return result;
  }

  /** Shows the end of the file (its last `openBytes`, from the first whole line). */
  open(): Promise<void> {
    return this.enqueue((signal) => this.openAtEnd(signal), undefined);
  }

  private async openAtEnd(signal: AbortSignal, notice: TailNotice | null = null): Promise<void> {
    const { offset: size } = await this.read(-1, -1, signal);
    const from = Math.max(0, size - this.limits.openBytes);
    const bytes = await readAll(this.read, from, size, this.limits.readBytes, signal);
    if (signal.aborted) return;
    this.update({
      opened: true,
      buffer: bufferFrom(bytes, from, this.limits.maxBytes),
      size: Math.max(size, from + bytes.length),
      notice: notice ?? this.snapshot.notice,
      trimmed: false,
    });
  }

  /**
   * One step of following: probe the size, then read what is new. Resolves true when a full
   * read came back and more is waiting (poll again at once), false when caught up or failed.
   */
  poll(): Promise<boolean> {
    return this.enqueue(async (signal) => {
      if (!this.snapshot.opened) {
        await this.openAtEnd(signal);
        return false;
      }
      const { end } = this.snapshot.buffer;
      const { offset: size } = await this.read(-1, -1, signal);
      if (size < end) {
        await this.openAtEnd(signal, { kind: 'truncated', size, offset: end });
        return false;
      }
      if (size - end > this.limits.maxBytes) {
        await this.openAtEnd(signal, { kind: 'skipped', bytes: size - end });
        return false;
      }
      if (size === end) {
        if (size !== this.snapshot.size) this.update({ size });
        return false;
      }
      const { data } = await this.read(end, this.limits.readBytes, signal);
      if (signal.aborted) return false;
      const change = appendBytes(this.snapshot.buffer, data, this.limits.maxBytes);
      this.update({
        buffer: change.buffer,
        size: Math.max(size, change.buffer.end),
        trimmed: this.snapshot.trimmed || change.trimmed,
      });
      return data.length === this.limits.readBytes && change.buffer.end < size;
    }, false);
  }

  /** Prepends the page before the loaded text, widening it until a whole line fits. */
  loadOlder(): Promise<void> {
    if (this.snapshot.buffer.start === 0 || !this.snapshot.opened) return Promise.resolve();
    this.update({ loadingOlder: true });
    return this.enqueue(async (signal) => {
      try {
        const before = this.snapshot.buffer.start;
        let page = this.limits.pageBytes;
        for (;;) {
          const from = Math.max(0, before - page);
          const bytes = await readAll(this.read, from, before, this.limits.readBytes, signal);
          if (signal.aborted || this.snapshot.buffer.start !== before) return;
          const change = prependBytes(this.snapshot.buffer, bytes, from, this.limits.maxBytes);
          if (change.buffer.start < before || from === 0 || page >= this.limits.maxBytes) {
            this.update({
              buffer: change.buffer,
              trimmed: this.snapshot.trimmed || change.trimmed,
            });
            return;
          }
          page *= 2;
        }
      } finally {
        if (!signal.aborted) this.update({ loadingOlder: false });
      }
    }, undefined);
  }

  dismissNotice(): void {
    this.update({ notice: null });
  }

  /** Aborts what is in flight; later results are ignored. The tail can be opened again. */
  close(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.queue = Promise.resolve();
    if (this.snapshot.loadingOlder) this.update({ loadingOlder: false });
  }
}
