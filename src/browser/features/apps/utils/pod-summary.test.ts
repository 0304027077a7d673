import { describe, expect, it } from 'vitest';
import type { MarathonDeployment, MarathonPodStatus } from '../../../../api/marathon';
import { podAsAppRow } from './pod-summary';

const container = (name: string, healthy?: boolean) => ({
  name,
  status: 'TASK_RUNNING',
  statusSince: '2024-01-01T00:00:00.000Z',
  endpoints: healthy === undefined ? [] : [{ name: `${name}-http`, healthy }],
  lastUpdated: '2024-01-01T00:00:00.000Z',
  lastChanged: '2024-01-01T00:00:00.000Z',
});

const instance = (id: string, status: 'STABLE' | 'DEGRADED' | 'PENDING', healthy?: boolean) => ({
  id,
  status,
  statusSince: '2024-01-01T00:00:00.000Z',
  containers: [container('web', healthy), container('logs')],
  lastUpdated: '2024-01-01T00:00:00.000Z',
  lastChanged: '2024-01-01T00:00:00.000Z',
});

const POD: MarathonPodStatus = {
  id: '/shop/cart',
  status: 'DEGRADED',
  statusSince: '2024-01-01T00:00:00.000Z',
  lastUpdated: '2024-01-01T00:00:00.000Z',
  lastChanged: '2024-01-01T00:00:00.000Z',
  spec: {
    id: '/shop/cart',
    version: '2024-01-01T00:00:00.000Z',
    labels: { team: 'shop' },
    scaling: { kind: 'fixed', instances: 4 },
    containers: [
      { name: 'web', resources: { cpus: 0.5, mem: 128 }, image: { kind: 'DOCKER', id: 'nginx' } },
      { name: 'logs', resources: { cpus: 0.25, mem: 32 } },
    ],
  },
  instances: [
    instance('a', 'STABLE', true),
    instance('b', 'DEGRADED', false),
    instance('c', 'STABLE'),
    instance('d', 'PENDING'),
  ],
};

describe('podAsAppRow', () => {
  it('counts instances, health and resources as the apps list reads them', () => {
    const deployments = [{ id: 'd1', affectedPods: ['/shop/cart'] }] as MarathonDeployment[];
    expect(podAsAppRow(POD, deployments)).toEqual({
      id: '/shop/cart',
      instances: 4,
      cpus: 0.75,
      mem: 160,
      labels: { team: 'shop' },
      version: '2024-01-01T00:00:00.000Z',
      tasksStaged: 1,
      tasksRunning: 3,
      tasksHealthy: 1,
      tasksUnhealthy: 1,
      deployments: [{ id: 'd1' }],
    });
    expect(podAsAppRow(POD, []).deployments).toEqual([]);
  });
});
