import { describe, expect, it } from 'vitest';
import type { ClusterSideStatus } from '../../../../api/cluster';
import { sideHealth } from './side-health';

function side(overrides: Partial<ClusterSideStatus>): ClusterSideStatus {
  return {
    leader: 'http://m1:5050',
    discovery: 'static',
    source: 'http://m1:5050,http://m2:5050',
    leaderSince: 0,
    nodes: [
      { url: 'http://m1:5050', reachable: true, leader: true },
      { url: 'http://m2:5050', reachable: true, leader: false },
    ],
    ...overrides,
  };
}

describe('sideHealth', () => {
  it('names a reachable leader by host:port', () => {
    expect(sideHealth(side({}))).toEqual({ kind: 'ok', leader: 'm1:5050' });
  });

  it('counts answering nodes when no leader is known', () => {
    const status = side({
      leader: null,
      nodes: [
        { url: 'http://m1:5050', reachable: false, leader: false },
        { url: 'http://m2:5050', reachable: true, leader: false },
      ],
    });
    expect(sideHealth(status)).toEqual({ kind: 'no-leader', answering: 1, total: 2 });
  });

  it('flags a leader that stopped answering', () => {
    const status = side({
      nodes: [
        { url: 'http://m1:5050/', reachable: false, leader: true },
        { url: 'http://m2:5050', reachable: true, leader: false },
      ],
    });
    expect(sideHealth(status)).toEqual({
      kind: 'leader-not-answering',
      leader: 'm1:5050',
      answering: 1,
      total: 2,
    });
  });
});
