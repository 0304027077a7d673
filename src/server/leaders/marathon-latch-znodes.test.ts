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
      unreadable: [],
    });
  });

  it('reports an empty latch', () => {
    expect(readMarathonLatch([]).problem).toBe('no Marathon instance holds the leader latch');
  });

  it('lists a participant whose data is no usable address as unreadable', () => {
    const reading = readMarathonLatch([
      { name: '_c_1ab-latch-0000000001', data: Buffer.from('marathon one:8080') },
      { name: '_c_2cd-latch-0000000002', data: Buffer.from('m2.example:99999') },
      { name: '_c_3ef-latch-0000000003', data: Buffer.from('m3.example:8080') },
    ]);
    expect(reading).toEqual({
      members: [{ url: 'http://m3.example:8080' }],
      leader: null,
      problem:
        'the leading latch node _c_1ab-latch-0000000001 is unusable: its data host "marathon one" is not a host name or address',
      unreadable: [
        {
          name: '_c_1ab-latch-0000000001',
          problem: 'its data host "marathon one" is not a host name or address',
        },
        {
          name: '_c_2cd-latch-0000000002',
          problem: 'its data port "99999" is not a port from 1 to 65535',
        },
      ],
    });
  });
});
