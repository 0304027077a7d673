import { describe, expect, it } from 'vitest';
import { readJsonRecords, RecordIoDecoder, RecordIoError } from './recordio';

const record = (value: unknown): Buffer => {
  const bytes = Buffer.from(JSON.stringify(value));
  return Buffer.concat([Buffer.from(`${bytes.length}\n`), bytes]);
};

async function* chunksOf(bytes: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const size of sizes) {
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function collect(body: AsyncIterable<Uint8Array>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const value of readJsonRecords(body)) out.push(value);
  return out;
}

describe('RecordIO decoding', () => {
  it('reads records split at every byte, headers included', async () => {
    const events = [{ type: 'SUBSCRIBED' }, { type: 'HEARTBEAT' }, { type: 'TASK_ADDED', n: 1 }];
    const bytes = Buffer.concat(events.map(record));
    expect(await collect(chunksOf(bytes, Array<number>(bytes.length).fill(1)))).toEqual(events);
  });

  it('reads several records from one chunk and counts bytes, not characters', async () => {
    const events = [{ hostname: '主机-1' }, { message: 'ünïcödé ✓' }, {}];
    expect(await collect(chunksOf(Buffer.concat(events.map(record)), []))).toEqual(events);
  });

  it('decodes a multi-byte character split across chunk edges', async () => {
    const bytes = record({ hostname: '主机' });
    const split = bytes.indexOf(Buffer.from('机')) + 1;
    expect(await collect(chunksOf(bytes, [split, 1]))).toEqual([{ hostname: '主机' }]);
  });

  it('reads a huge record arriving in 64 KiB chunks, holding only that record', async () => {
    const tasks = Array.from({ length: 100_000 }, (_, i) => ({ task_id: { value: `task-${i}` } }));
    const bytes = Buffer.concat([
      record({ type: 'SUBSCRIBED', tasks }),
      record({ type: 'HEARTBEAT' }),
    ]);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const sizes = Array<number>(Math.ceil(bytes.length / 65_536)).fill(65_536);
    const [subscribed, heartbeat] = await collect(chunksOf(bytes, sizes));
    expect((subscribed as { tasks: unknown[] }).tasks).toHaveLength(100_000);
    expect(heartbeat).toEqual({ type: 'HEARTBEAT' });
  });

  it('refuses a record larger than the limit from its header, before reading it', () => {
    const decoder = new RecordIoDecoder(1024);
    expect(() => decoder.push(Buffer.from('2048\n{'))).toThrow(
      new RecordIoError('a record of 2048 bytes is over the limit of 1024 bytes'),
    );
  });

  it('names a body that is not RecordIO and a stream that ends inside a record', async () => {
    await expect(collect(chunksOf(Buffer.from('<html>No leader</html>\n'), []))).rejects.toThrow(
      /not RecordIO/,
    );
    const cut = record({ type: 'HEARTBEAT' }).subarray(0, 8);
    await expect(collect(chunksOf(cut, []))).rejects.toThrow('the stream ended inside a record');
  });
});
