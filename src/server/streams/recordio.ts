import { MAX_JSON_BODY_BYTES } from '../model-sources/read-json-body';

export class RecordIoError extends Error {}

/** A length header longer than this is not a decimal byte count: the stream is not RecordIO. */
const MAX_HEADER_CHARS = 20;
const NEWLINE = 0x0a;

/**
 * Incremental RecordIO (`<decimal byte length>\n<bytes>`, repeated) as Mesos streams it. Chunk
 * edges mean nothing: a header, a record or a multi-byte character may be split anywhere, so
 * records are cut by byte count and decoded only once complete. Only the record being read is
 * held, never the stream: a record that spans chunks is copied into one buffer of its declared
 * length as it arrives (a 60 MB `SUBSCRIBED` is held once, not as chunks plus their concatenation).
 */
export class RecordIoDecoder {
  private header = '';
  /** Bytes still missing from the current record; -1 while reading a header. */
  private remaining = -1;
  /** The record being read, once it spans chunks; `filled` bytes of it have arrived. */
  private record: Buffer | null = null;
  private filled = 0;

  constructor(private readonly maxRecordBytes = MAX_JSON_BODY_BYTES) {}

  /** The records this chunk completes, in order. */
  push(chunk: Uint8Array): Buffer[] {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const records: Buffer[] = [];
    let at = 0;
    while (at < bytes.length) {
      if (this.remaining < 0) {
        const newline = bytes.indexOf(NEWLINE, at);
        this.header += bytes.toString('latin1', at, newline < 0 ? bytes.length : newline);
        if (this.header.length > MAX_HEADER_CHARS) {
          throw new RecordIoError(`not RecordIO: no record length in "${this.header}…"`);
        }
        if (newline < 0) break;
        at = newline + 1;
        this.startRecord(records);
        continue;
      }
      const take = Math.min(this.remaining, bytes.length - at);
      if (this.record === null && take === this.remaining) {
        // The whole record is in this chunk: hand out a view of it, no copy.
        records.push(bytes.subarray(at, at + take));
      } else {
        this.record ??= Buffer.allocUnsafe(this.remaining);
        this.filled += bytes.copy(this.record, this.filled, at, at + take);
        if (take === this.remaining) records.push(this.record);
      }
      this.remaining -= take;
      at += take;
      if (this.remaining === 0) this.endRecord();
    }
    return records;
  }

  /** True when the stream so far ended exactly at a record boundary. */
  atBoundary(): boolean {
    return this.remaining < 0 && this.header === '';
  }

  private startRecord(records: Buffer[]): void {
    if (!/^\d+$/.test(this.header)) {
      throw new RecordIoError(`not RecordIO: record length "${this.header}" is not a number`);
    }
    const length = Number(this.header);
    this.header = '';
    if (length > this.maxRecordBytes) {
      throw new RecordIoError(
        `a record of ${length} bytes is over the limit of ${this.maxRecordBytes} bytes`,
      );
    }
    this.remaining = length;
    if (length === 0) {
      records.push(Buffer.alloc(0));
      this.endRecord();
    }
  }

  private endRecord(): void {
    this.record = null;
    this.filled = 0;
    this.remaining = -1;
  }
}

/** The JSON records of a RecordIO body, parsed one at a time as they complete. */
export async function* readJsonRecords(
  body: AsyncIterable<Uint8Array>,
  decoder = new RecordIoDecoder(),
): AsyncGenerator<unknown> {
  for await (const chunk of body) {
    for (const record of decoder.push(chunk)) {
      try {
        yield JSON.parse(record.toString('utf8')) as unknown;
      } catch (error) {
        throw new RecordIoError(`a record is not JSON: ${(error as Error).message}`);
      }
    }
  }
  if (!decoder.atBoundary()) throw new RecordIoError('the stream ended inside a record');
}
