import { describe, expect, it } from 'vitest';
import type { LogBuffer } from './log-buffer';
import {
  appendBytes,
  bufferFrom,
  emptyBuffer,
  MAX_PENDING_BYTES,
  partialStartLength,
  pendingText,
  prependBytes,
} from './log-buffer';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BIG = 1 << 30;

function shownText(buffer: LogBuffer): string {
  return buffer.chunks.map((chunk) => chunk.text).join('') + pendingText(buffer);
}

describe('log buffer', () => {
  it('reassembles a multi-byte character split across reads', () => {
    const bytes = utf8('a信\n');
    let buffer = emptyBuffer(0);
    buffer = appendBytes(buffer, bytes.subarray(0, 2), BIG).buffer; // "a" + first byte of 信
    expect(shownText(buffer)).toBe('a');
    buffer = appendBytes(buffer, bytes.subarray(2, 3), BIG).buffer;
    expect(shownText(buffer)).toBe('a');
    buffer = appendBytes(buffer, bytes.subarray(3), BIG).buffer;
    expect(shownText(buffer)).toBe('a信\n');
    expect(buffer.end).toBe(bytes.length);
    expect(shownText(buffer)).not.toContain('\ufffd');
  });

  it('keeps whole lines in chunks with their file offsets, the incomplete line pending', () => {
    const buffer = appendBytes(emptyBuffer(100), utf8('one\ntwo\nthr'), BIG).buffer;
    expect(buffer.chunks).toEqual([{ start: 100, byteLength: 8, text: 'one\ntwo\n' }]);
    expect(pendingText(buffer)).toBe('thr');
    const next = appendBytes(buffer, utf8('ee\n'), BIG).buffer;
    expect(next.chunks[1]).toEqual({ start: 108, byteLength: 6, text: 'three\n' });
    expect(next.pending.length).toBe(0);
    expect(next.end).toBe(114);
  });

  it('drops the partial first line of a read that starts mid-file', () => {
    const bytes = utf8('息 tail of a line\nwhole 信息\n');
    const buffer = bufferFrom(bytes.subarray(1), 41, BIG); // starts inside 息
    expect(shownText(buffer)).toBe('whole 信息\n');
    expect(buffer.start).toBe(41 + utf8('息 tail of a line\n').length - 1);
    expect(buffer.end).toBe(41 + bytes.length - 1);
  });

  it('keeps everything read from the start of the file', () => {
    expect(shownText(bufferFrom(utf8('first\nsecond\n'), 0, BIG))).toBe('first\nsecond\n');
  });

  it('skips only the tail of a split character when a read holds no newline', () => {
    const bytes = utf8('信息');
    expect(partialStartLength(bytes.subarray(1), 7)).toBe(2);
    expect(partialStartLength(utf8('abc'), 7)).toBe(0);
  });

  it('shows an incomplete line longer than the pending limit, cut between characters', () => {
    const line = utf8('信'.repeat(MAX_PENDING_BYTES / 3 + 1)); // just over the limit, no newline
    const buffer = appendBytes(emptyBuffer(0), line.subarray(0, line.length - 1), BIG).buffer;
    expect(buffer.chunks).toHaveLength(1);
    expect(buffer.chunks[0]?.byteLength).toBe(line.length - 3);
    expect(buffer.pending.length).toBe(2);
    expect(shownText(buffer)).not.toContain('\ufffd');
  });

  it('drops the oldest chunks beyond the cap and moves start to the first kept byte', () => {
    let buffer = emptyBuffer(0);
    let trimmed = false;
    for (let i = 0; i < 5; i++) {
      const change = appendBytes(buffer, utf8(`line ${i} 信息\n`), 40);
      buffer = change.buffer;
      trimmed ||= change.trimmed;
    }
    expect(trimmed).toBe(true);
    expect(shownText(buffer)).toBe('line 3 信息\nline 4 信息\n');
    expect(buffer.start).toBe(3 * utf8('line 0 信息\n').length);
    expect(buffer.end - buffer.start).toBeLessThanOrEqual(40);
  });

  it('prepends older bytes so the text continues exactly', () => {
    const file = utf8('zero\none 信\ntwo\nthree\n');
    const head = utf8('zero\none 信\n').length;
    const buffer = appendBytes(emptyBuffer(head), file.subarray(head), BIG).buffer;
    const change = prependBytes(buffer, file.subarray(2, head), 2, BIG);
    expect(shownText(change.buffer)).toBe('one 信\ntwo\nthree\n');
    expect(change.buffer.start).toBe(5);
    const whole = prependBytes(change.buffer, file.subarray(0, 5), 0, BIG).buffer;
    expect(shownText(whole)).toBe('zero\none 信\ntwo\nthree\n');
    expect(whole.start).toBe(0);
  });

  it('drops the newest text beyond the cap when prepending, moving end back', () => {
    const file = utf8('aaaa\nbbbb\ncccc\ndd');
    let buffer = appendBytes(emptyBuffer(10), file.subarray(10), BIG).buffer;
    expect(pendingText(buffer)).toBe('dd');
    const change = prependBytes(buffer, file.subarray(0, 10), 0, 12);
    buffer = change.buffer;
    expect(change.trimmed).toBe(true);
    expect(shownText(buffer)).toBe('aaaa\nbbbb\n');
    expect(buffer.end).toBe(10);
  });

  it('leaves the buffer as it was when the older bytes are one partial line', () => {
    const buffer = bufferFrom(utf8('x\n'), 0, BIG);
    const unchanged = prependBytes(buffer, utf8('partial\n'), 5, BIG);
    expect(unchanged.buffer).toBe(buffer);
  });
});
