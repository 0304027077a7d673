import { describe, expect, it } from 'vitest';
import { capsBelow, fixedHostPorts } from './scale-capacity';
import { testAgent, testApp } from '../../../testing/test-apps';

const roomy = ['slave-1', 'slave-2', 'slave-3'].map((host) =>
  testAgent(host, { cpus: 4, mem: 4096 }),
);

describe('capsBelow', () => {
  it('caps hostname UNIQUE at the number of active agents', () => {
    const app = testApp({ constraints: [['hostname', 'UNIQUE']] });
    const agents = [...roomy, testAgent('slave-4', { cpus: 4, mem: 4096 }, { active: false })];
    expect(capsBelow(app, agents, 3)).toEqual([]);
    expect(capsBelow(app, agents, 4)).toEqual([
      { kind: 'constraint', constraint: 'hostname UNIQUE', over: 'agents', count: 3, max: 3 },
    ]);
  });

  it('caps MAX_PER by agents times the value and attribute constraints by distinct values', () => {
    const racks = roomy.map((agent, index) => ({
      ...agent,
      attributes: { rack: index < 2 ? 'a' : 'b' },
    }));
    const app = testApp({
      constraints: [
        ['hostname', 'MAX_PER', '2'],
        ['rack', 'UNIQUE', ''],
      ],
    });
    expect(capsBelow(app, racks, 7)).toEqual([
      { kind: 'constraint', constraint: 'rack UNIQUE', over: 'values', count: 2, max: 2 },
      { kind: 'constraint', constraint: 'hostname MAX_PER 2', over: 'agents', count: 3, max: 6 },
    ]);
  });

  it('allows one instance per agent for a fixed host port', () => {
    const app = testApp({
      container: {
        type: 'DOCKER',
        docker: {
          image: 'nginx',
          network: 'BRIDGE',
          portMappings: [{ containerPort: 80, hostPort: 31030 }],
        },
      },
    });
    expect(fixedHostPorts(app)).toEqual([31030]);
    expect(capsBelow(app, roomy, 4)).toEqual([
      { kind: 'hostPort', ports: [31030], agents: 3, max: 3 },
    ]);
    expect(
      fixedHostPorts(testApp({ requirePorts: true, portDefinitions: [{ port: 8080 }] })),
    ).toEqual([8080]);
    expect(fixedHostPorts(testApp({ portDefinitions: [{ port: 8080 }] }))).toEqual([]);
  });

  it('counts what fits in the free resources of each agent, on top of what runs', () => {
    const agents = [
      testAgent('slave-1', { cpus: 1.5, mem: 4096 }),
      testAgent('slave-2', { cpus: 4, mem: 200 }),
    ];
    const app = testApp({ cpus: 0.5, mem: 100, tasksRunning: 2 });
    // slave-1: 3 by CPU; slave-2: 2 by memory; plus the 2 running.
    expect(capsBelow(app, agents, 8)).toEqual([{ kind: 'resources', cpus: 0.5, mem: 100, max: 7 }]);
    expect(capsBelow(app, agents, 7)).toEqual([]);
  });

  it('does not lose an instance to floating point', () => {
    const agents = [testAgent('slave-1', { cpus: 4 - 3.8, mem: 4096 })];
    expect(capsBelow(testApp({ cpus: 0.1, mem: 1, tasksRunning: 0 }), agents, 2)).toEqual([]);
  });
});
