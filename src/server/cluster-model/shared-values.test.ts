import { describe, expect, it } from 'vitest';
import type { TaskDetail } from '../../api/cluster-model';
import { normalizeTask, withStatus } from './normalize-task';
import { sharedValue } from './shared-values';

const context = { frameworkName: () => 'marathon', agentHostname: () => 'host-1' };

/** A v0 task of app `web` as the master writes it, `n` telling its id, port and address apart. */
function rawTask(n: number, port = 31000, ip = '10.0.0.1') {
  return {
    id: `web.${n}`,
    name: 'web',
    framework_id: 'fw-1',
    slave_id: 'agent-1',
    state: 'TASK_RUNNING',
    resources: { cpus: 0.1, mem: 32, disk: 0, gpus: 0, ports: `[${port}-${port}]` },
    labels: [
      { key: 'team', value: 'core' },
      { key: 'tier', value: 'front' },
    ],
    container: { type: 'DOCKER', docker: { image: 'nginx:1', network: 'BRIDGE' } },
    statuses: [
      {
        state: 'TASK_RUNNING',
        timestamp: 1_700_000_000 + n,
        container_status: { network_infos: [{ ip_addresses: [{ ip_address: ip }] }] },
      },
    ],
  };
}

const normalize = (raw: ReturnType<typeof rawTask>) =>
  normalizeTask(raw, 'active', context) as TaskDetail;

describe('shared values of task rows', () => {
  it('gives tasks with equal labels, resources, addresses and containers one frozen copy', () => {
    const [a, b] = [normalize(rawTask(1)), normalize(rawTask(2))];
    expect(a.labels).toEqual([
      { key: 'team', value: 'core' },
      { key: 'tier', value: 'front' },
    ]);
    expect(a.resources).toEqual({
      cpus: 0.1,
      mem: 32,
      disk: 0,
      gpus: 0,
      ports: [{ begin: 31000, end: 31000 }],
    });
    expect(a.ipAddresses).toEqual(['10.0.0.1']);
    expect(a.hostPorts).toEqual([31000]);
    expect(a.container).toEqual({
      type: 'DOCKER',
      image: 'nginx:1',
      network: 'BRIDGE',
      portMappings: [],
    });
    for (const field of ['labels', 'resources', 'ipAddresses', 'hostPorts', 'container'] as const) {
      expect(b[field]).toBe(a[field]);
      expect(Object.isFrozen(a[field])).toBe(true);
    }
    expect(Object.isFrozen(a.labels[0])).toBe(true);
    expect(Object.isFrozen(a.resources.ports)).toBe(true);
    // The row itself is its own: the id and status differ.
    expect(b).not.toBe(a);
    expect(b.statuses).not.toBe(a.statuses);
  });

  it('shares only equal values, and keeps them shared through status updates', () => {
    const a = normalize(rawTask(1));
    const other = normalize(rawTask(3, 31001, '10.0.0.2'));
    expect(other.resources).not.toBe(a.resources);
    expect(other.resources.ports).toEqual([{ begin: 31001, end: 31001 }]);
    expect(other.hostPorts).toEqual([31001]);
    expect(other.ipAddresses).toEqual(['10.0.0.2']);
    expect(other.labels).toBe(a.labels);

    const killed = withStatus(
      a,
      {
        state: 'TASK_KILLED',
        timestamp: 1_700_000_100,
        container_status: { network_infos: [{ ip_addresses: [{ ip_address: '10.0.0.1' }] }] },
      },
      'TASK_KILLED',
    );
    expect(killed.ipAddresses).toBe(a.ipAddresses);
    expect(killed.resources).toBe(a.resources);
    expect(killed.statuses.map((status) => status.state)).toEqual(['TASK_RUNNING', 'TASK_KILLED']);
  });

  it('gives every empty list one frozen empty array and copies lists at their length', () => {
    expect(sharedValue([])).toBe(sharedValue([]));
    expect(Object.isFrozen(sharedValue([]))).toBe(true);
    const list = [{ key: 'k', value: 'v' }];
    const held = sharedValue(list);
    expect(held).not.toBe(list);
    expect(held).toEqual(list);
    expect(sharedValue([{ key: 'k', value: 'v' }])).toBe(held);
    // The caller's list stays its own, and changing it does not change the held copy.
    list.push({ key: 'x', value: 'y' });
    expect(held).toEqual([{ key: 'k', value: 'v' }]);
    expect(() => held.push({ key: 'z', value: 'z' })).toThrow();
  });
});
