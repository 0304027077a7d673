/**
 * A log file whose bytes are generated on demand: a fixed header, then one line per interval
 * from a cycle of templates. Every template renders to a constant byte length, so any byte
 * offset maps to a line in O(1) and a 1 GB log costs no memory until a range of it is read.
 */
export interface LogSpec {
  /** Written when the task starts running. */
  header: string;
  /** Rendered in turn, line i uses template i mod n; `seq` is 8 digits, `iso` an ISO-8601 time. */
  templates: ((seq: string, iso: string) => string)[];
  intervalMs: number;
}

const encoder = new TextEncoder();

export class GeneratedLog {
  private readonly header: Uint8Array;
  private readonly templateOffsets: number[] = [];
  private readonly cycleBytes: number;

  constructor(
    private readonly spec: LogSpec,
    /** Model time (ms) the header was written; line i appears at start + (i + 1) * interval. */
    private readonly start: number,
  ) {
    this.header = encoder.encode(spec.header);
    let offset = 0;
    for (let i = 0; i < spec.templates.length; i++) {
      this.templateOffsets.push(offset);
      offset += this.renderLine(i).length;
    }
    this.cycleBytes = offset;
  }

  /** Lines written by model time `until`. */
  lineCount(until: number): number {
    return Math.max(0, Math.floor((until - this.start) / this.spec.intervalMs));
  }

  /** Model time (ms) of the last write before `until`. */
  lastWrite(until: number): number {
    return this.start + this.lineCount(until) * this.spec.intervalMs;
  }

  size(lines: number): number {
    return this.header.length + this.offsetOfLine(lines);
  }

  /** Bytes [offset, offset + length) of the file as it is with `lines` lines, clipped at EOF. */
  read(offset: number, length: number, lines: number): Uint8Array<ArrayBuffer> {
    const end = Math.min(offset + length, this.size(lines));
    if (offset >= end) return new Uint8Array(0);
    const out = new Uint8Array(end - offset);
    let written = 0;
    if (offset < this.header.length) {
      const part = this.header.subarray(offset, Math.min(end, this.header.length));
      out.set(part, 0);
      written = part.length;
    }
    let position = offset + written - this.header.length;
    let line = this.lineAt(position);
    while (written < out.length) {
      const bytes = this.renderLine(line);
      const from = position - this.offsetOfLine(line);
      const part = bytes.subarray(from, from + out.length - written);
      out.set(part, written);
      written += part.length;
      position += part.length;
      line++;
    }
    return out;
  }

  private offsetOfLine(line: number): number {
    const n = this.spec.templates.length;
    return Math.floor(line / n) * this.cycleBytes + (this.templateOffsets[line % n] ?? 0);
  }

  /** The line containing byte `position` counted from the end of the header. */
  private lineAt(position: number): number {
    const n = this.spec.templates.length;
    const cycle = Math.floor(position / this.cycleBytes);
    const within = position - cycle * this.cycleBytes;
    let index = n - 1;
    while (index > 0 && (this.templateOffsets[index] ?? 0) > within) index--;
    return cycle * n + index;
  }

  private renderLine(line: number): Uint8Array<ArrayBuffer> {
    const template = this.spec.templates[line % this.spec.templates.length];
    if (!template) throw new Error('a log needs at least one line template');
    // Eight digits keep the width constant for 10^8 lines (years at one line per second).
    const seq = String((line + 1) % 100_000_000).padStart(8, '0');
    const iso = new Date(this.start + (line + 1) * this.spec.intervalMs).toISOString();
    return encoder.encode(template(seq, iso));
  }
}
