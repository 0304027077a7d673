import { describe, expect, it } from 'vitest';
import { JsonBodyError, readJsonBody } from './read-json-body';

async function* chunksOf(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

describe('readJsonBody', () => {
  it('parses a body whose multi-byte characters are split across chunks and counts its bytes', async () => {
    const bytes = Buffer.from(JSON.stringify({ hostname: '主机-1', tasks: [1, 2] }));
    const split = bytes.indexOf(Buffer.from('机')) + 1;
    const result = await readJsonBody(
      chunksOf(bytes.subarray(0, split), bytes.subarray(split)),
      'http://m1:5050/master/state',
    );
    expect(result).toEqual({ body: { hostname: '主机-1', tasks: [1, 2] }, bytes: bytes.length });
  });

  it('stops reading past the size limit', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield Buffer.alloc(512 * 1024, 0x20);
      }
    }
    await expect(readJsonBody(endless(), 'state', 1024 * 1024)).rejects.toThrow(
      new JsonBodyError('state is larger than 1 MiB'),
    );
    expect(pulled).toBe(3);
  });

  it('names the upstream when the body is not JSON', async () => {
    await expect(
      readJsonBody(chunksOf(Buffer.from('No leader elected')), 'http://m1:5050/master/state'),
    ).rejects.toThrow(/^http:\/\/m1:5050\/master\/state is not JSON/);
  });
});
