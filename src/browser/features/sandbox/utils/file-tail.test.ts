import { describe, expect, it } from 'vitest';
import type { ReadFileBytes, TailLimits } from './file-tail';
import { FileTail } from './file-tail';
import { pendingText } from './log-buffer';
import type { LogBuffer } from './log-buffer';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A file on a fake agent, answering reads with Mesos' semantics (probe, cap, past the end). */
class FakeFile {
  bytes = new Uint8Array(0);
  reads: { offset: number; length: number }[] = [];
  failWith: Error | null = null;

  constructor(private readonly cap: number) {}

  write(text: string): void {
    const added = utf8(text);
    const next = new Uint8Array(this.bytes.length + added.length);
    next.set(this.bytes);
    next.set(added, this.bytes.length);
    this.bytes = next;
  }

  truncate(text: string): void {
    this.bytes = utf8(text);
  }

  text(from = 0): string {
    return new TextDecoder().decode(this.bytes.subarray(from));
  }

  readonly read: ReadFileBytes = (offset, length) => {
    this.reads.push({ offset, length });
    if (this.failWith) return Promise.reject(this.failWith);
    if (offset === -1)
      return Promise.resolve({ data: new Uint8Array(0), offset: this.bytes.length });
    const end = Math.min(this.bytes.length, offset + Math.min(length, this.cap));
    return Promise.resolve({ data: this.bytes.slice(offset, Math.max(offset, end)), offset });
  };
}

const LIMITS: TailLimits = { openBytes: 40, readBytes: 16, pageBytes: 20, maxBytes: 200 };

function shown(buffer: LogBuffer): string {
  return buffer.chunks.map((chunk) => chunk.text).join('') + pendingText(buffer);
}

function lines(from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += `line ${String(i).padStart(2, '0')} 信\n`;
  return text;
}

describe('FileTail', () => {
  it('opens at the end of the file, from its first whole line', async () => {
    const file = new FakeFile(1 << 20);
    file.write(lines(0, 10)); // 12 bytes per line
    const tail = new FileTail(file.read, LIMITS);
    await tail.open();
    const { buffer, size, opened } = tail.getSnapshot();
    expect(opened).toBe(true);
    expect(size).toBe(120);
    expect(shown(buffer)).toBe(lines(7, 10));
    expect(buffer.start).toBe(84);
    expect(buffer.end).toBe(120);
    expect(file.reads[0]).toEqual({ offset: -1, length: -1 });
  });

  it('reads what was written since, by byte offset, in capped reads', async () => {
    const file = new FakeFile(16);
    file.write(lines(0, 2));
    const tail = new FileTail(file.read, LIMITS);
    await tail.open();
    file.write(lines(2, 5));
    const reads: boolean[] = [];
    for (let more = true; more;) {
      more = await tail.poll();
      reads.push(more);
    }
    expect(reads).toEqual([true, true, false]);
    expect(shown(tail.getSnapshot().buffer)).toBe(lines(0, 5));
    expect(tail.getSnapshot().buffer.end).toBe(file.bytes.length);
    expect(await tail.poll()).toBe(false);
    expect(file.reads.at(-1)).toEqual({ offset: -1, length: -1 });
  });

  it('shows a character split by a read once its last bytes arrive', async () => {
    const file = new FakeFile(1 << 20);
    const tail = new FileTail(file.read, LIMITS);
    await tail.open();
    file.truncate('ab信');
    file.bytes = file.bytes.subarray(0, 3); // the writer has flushed half of 信
    await tail.poll();
    expect(shown(tail.getSnapshot().buffer)).toBe('ab');
    file.truncate('ab信\n');
    await tail.poll();
    expect(shown(tail.getSnapshot().buffer)).toBe('ab信\n');
  });

  it('notices a truncated or rotated file and reopens at its new end', async () => {
    const file = new FakeFile(1 << 20);
    file.write(lines(0, 3));
    const tail = new FileTail(file.read, LIMITS);
    await tail.open();
    file.truncate('fresh\n');
    await tail.poll();
    const snapshot = tail.getSnapshot();
    expect(snapshot.notice).toEqual({ kind: 'truncated', size: 6, offset: 36 });
    expect(shown(snapshot.buffer)).toBe('fresh\n');
    expect(snapshot.buffer.end).toBe(6);
    tail.dismissNotice();
    expect(tail.getSnapshot().notice).toBeNull();
  });

  it('skips to the end when more than the cap arrived at once', async () => {
    const file = new FakeFile(1 << 20);
    const tail = new FileTail(file.read, LIMITS);
    await tail.open();
    file.write(lines(0, 30));
    await tail.poll();
    const snapshot = tail.getSnapshot();
    expect(snapshot.notice).toEqual({ kind: 'skipped', bytes: 360 });
    expect(shown(snapshot.buffer)).toBe(lines(27, 30));
  });

  it('keeps the view under the cap while following, dropping the oldest lines', async () => {
    const file = new FakeFile(1 << 20);
    const tail = new FileTail(file.read, { ...LIMITS, maxBytes: 60 });
    await tail.open();
    for (let i = 0; i < 10; i++) {
      file.write(lines(i, i + 1));
      await tail.poll();
    }
    const { buffer, trimmed } = tail.getSnapshot();
    expect(trimmed).toBe(true);
    expect(buffer.end - buffer.start).toBeLessThanOrEqual(60);
    expect(shown(buffer)).toBe(file.text(buffer.start));
  });

  it('pages back into older text, the byte boundary kept exact', async () => {
    const file = new FakeFile(16);
    file.write(lines(0, 10));
    const tail = new FileTail(file.read, LIMITS);
    await tail.open();
    await tail.loadOlder();
    let { buffer } = tail.getSnapshot();
    expect(buffer.start).toBeLessThan(84);
    expect(shown(buffer)).toBe(file.text(buffer.start));
    while (tail.getSnapshot().buffer.start > 0) await tail.loadOlder();
    buffer = tail.getSnapshot().buffer;
    expect(shown(buffer)).toBe(lines(0, 10));
    expect(tail.getSnapshot().loadingOlder).toBe(false);
  });

  it('widens the page when a line is longer than one page', async () => {
    const file = new FakeFile(1 << 20);
    file.write(`${'x'.repeat(50)}\nshort\n`);
    const tail = new FileTail(file.read, { ...LIMITS, openBytes: 8 });
    await tail.open();
    expect(shown(tail.getSnapshot().buffer)).toBe('short\n');
    await tail.loadOlder();
    expect(shown(tail.getSnapshot().buffer)).toBe(`${'x'.repeat(50)}\nshort\n`);
  });

  it('reports a failed read and clears it after the next success', async () => {
    const file = new FakeFile(1 << 20);
    file.write('a\n');
    const tail = new FileTail(file.read, LIMITS);
    file.failWith = new Error('agent gone');
    await tail.open();
    expect(tail.getSnapshot().error).toBe(file.failWith);
    expect(tail.getSnapshot().opened).toBe(false);
    file.failWith = null;
    expect(await tail.poll()).toBe(false);
    expect(tail.getSnapshot().error).toBeNull();
    expect(shown(tail.getSnapshot().buffer)).toBe('a\n');
  });

  it('ignores answers that arrive after it was closed', async () => {
    const file = new FakeFile(1 << 20);
    file.write('a\n');
    const tail = new FileTail(file.read, LIMITS);
    const opening = tail.open();
    tail.close();
    await opening;
    expect(tail.getSnapshot().opened).toBe(false);
    await tail.open();
    expect(tail.getSnapshot().opened).toBe(true);
  });

  it('tells subscribers about every change', async () => {
    const file = new FakeFile(1 << 20);
    file.write('a\n');
    const tail = new FileTail(file.read, LIMITS);
    let calls = 0;
    const unsubscribe = tail.subscribe(() => (calls += 1));
    await tail.open();
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    const before = calls;
    tail.dismissNotice();
    expect(calls).toBe(before);
  });
});
