import { describe, expect, it } from 'vitest';
import { readMesosZnodes } from './mesos-znodes';

const masterInfo = (ip: string, port: number, hostname: string) =>
  Buffer.from(
    JSON.stringify({
      id: `id-${ip}`,
      ip: 16777343,
      port,
      pid: `master@${ip}:${port}`,
      hostname,
      address: { hostname, ip, port },
    }),
  );

describe('readMesosZnodes', () => {
  it('picks the lowest sequence, compared numerically, and lists every json.info_ member', () => {
    const reading = readMesosZnodes([
      { name: 'json.info_0000000010', data: masterInfo('10.0.0.2', 5050, 'm2') },
      { name: 'log_replicas', data: Buffer.from('') },
      { name: 'json.info_0000000009', data: masterInfo('10.0.0.1', 5050, 'm1') },
    ]);
    expect(reading.leader).toBe('http://10.0.0.1:5050');
    expect(reading.members).toEqual([
      { url: 'http://10.0.0.1:5050', aliases: ['m1:5050', '10.0.0.1:5050'] },
      { url: 'http://10.0.0.2:5050', aliases: ['m2:5050', '10.0.0.2:5050'] },
    ]);
  });

  it('falls back to pid, then hostname, when MasterInfo has no address', () => {
    const pidOnly = Buffer.from(JSON.stringify({ pid: 'master@10.0.0.7:5050', port: 5050 }));
    const hostOnly = Buffer.from(JSON.stringify({ hostname: 'm8', port: 5051 }));
    expect(readMesosZnodes([{ name: 'json.info_1', data: pidOnly }]).leader).toBe(
      'http://10.0.0.7:5050',
    );
    expect(readMesosZnodes([{ name: 'json.info_1', data: hostOnly }]).leader).toBe(
      'http://m8:5051',
    );
  });

  it('reads very old unlabeled UPID nodes', () => {
    const reading = readMesosZnodes([
      { name: '0000000003', data: Buffer.from('master@10.0.0.9:5050') },
    ]);
    expect(reading.leader).toBe('http://10.0.0.9:5050');
  });

  it('does not guess when the lowest node is a binary info_ node', () => {
    const reading = readMesosZnodes([
      { name: 'info_0000000001', data: Buffer.from([0x0a, 0x24, 0x00]) },
      { name: 'json.info_0000000002', data: masterInfo('10.0.0.2', 5050, 'm2') },
    ]);
    expect(reading.leader).toBeNull();
    expect(reading.problem).toContain('info_0000000001');
    expect(reading.problem).toContain('binary');
    expect(reading.members).toHaveLength(1);
  });

  it('reports an empty group', () => {
    expect(readMesosZnodes([])).toEqual({
      members: [],
      unreadable: [],
      leader: null,
      problem: 'no master is registered in ZooKeeper',
    });
  });

  it('refuses addresses that would not make a URL, and says why', () => {
    const reading = readMesosZnodes([
      { name: 'json.info_0000000001', data: masterInfo('10.0.0.1', 99999, 'm1') },
      { name: 'json.info_0000000002', data: Buffer.from('{"hostname":"m 2","port":5050}') },
      { name: 'json.info_0000000003', data: masterInfo('10.0.0.3', 5050, 'm3') },
      { name: '0000000004', data: Buffer.from('master@bad host:5050') },
    ]);
    expect(reading).toEqual({
      members: [{ url: 'http://10.0.0.3:5050', aliases: ['m3:5050', '10.0.0.3:5050'] }],
      leader: null,
      problem:
        'the leading znode json.info_0000000001 is unusable: its MasterInfo port 99999 is not a port from 1 to 65535',
      unreadable: [
        {
          name: 'json.info_0000000001',
          problem: 'its MasterInfo port 99999 is not a port from 1 to 65535',
        },
        {
          name: 'json.info_0000000002',
          problem: 'its MasterInfo host "m 2" is not a host name or address',
        },
        {
          name: '0000000004',
          problem: 'its UPID host "bad host" is not a host name or address',
        },
      ],
    });
  });
});
