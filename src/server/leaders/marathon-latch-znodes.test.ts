import { describe, expect, it } from 'vitest';
import { readMarathonLatch } from './marathon-latch-znodes';

describe('readMarathonLatch', () => {
  it('leads with the lowest latch sequence', () => {
    const reading = readMarathonLatch([
      { name: '_c_9f1-latch-0000000012', data: Buffer.from('m2.example:8080') },
      { name: '_c_1ab-latch-0000000011', data: Buffer.from('m1.example:8080\n') },
      { name: '_c_77c-latch-0000000013', data: null },
    ]);
    expect(reading).toEqual({
      members: [{ url: 'http://m1.example:8080' }, { url: 'http://m2.example:8080' }],
      leader: 'http://m1.example:8080',
    });
  });

  it('reports an empty latch', () => {
    expect(readMarathonLatch([]).problem).toBe('no Marathon instance holds the leader latch');
  });
});
