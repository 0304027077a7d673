/** Builds a simulated Mesos side for tests, with a scheduler standing in for Marathon. */
import type { MesosContainerInfo } from '../../../src/api/mesos';
import type { SchedulerPort, TaskStatusUpdate } from '../../contracts';
import type { MesosSimulation, MesosSimulationOptions } from '../index';
import { createMesosSimulation, DEFAULT_START_TIME } from '../index';

export function createMesosForTest(options: Partial<MesosSimulationOptions> = {}): MesosSimulation {
  return createMesosSimulation({
    seed: 1,
    startTime: DEFAULT_START_TIME,
    masters: 3,
    agents: 3,
    extraTasks: 0,
    ...options,
  });
}

export interface TestScheduler {
  port: SchedulerPort;
  updates: TaskStatusUpdate[];
  /** An nginx-like docker task with one BRIDGE port mapping on the given agent. */
  launchDockerTask(name: string, agentIndex: number, hostPort?: number): string;
  /** A shell loop like the seed's basic-0 on the given agent. */
  launchShellTask(name: string, agentIndex: number): string;
}

export function registerTestScheduler(
  simulation: MesosSimulation,
  options: { name?: string; partitionAware?: boolean } = {},
): TestScheduler {
  const { model } = simulation;
  const port = model.registerFramework({
    name: options.name ?? 'marathon',
    capabilities: options.partitionAware ? ['PARTITION_AWARE'] : [],
  });
  const updates: TaskStatusUpdate[] = [];
  port.onStatus((update) => updates.push(update));
  let launched = 0;
  const agentId = (index: number) => {
    const agent = model.agents[index];
    if (!agent) throw new RangeError(`no agent ${index}`);
    return agent.id;
  };
  return {
    port,
    updates,
    launchDockerTask(name, agentIndex, hostPort = 31001 + launched) {
      const taskId = `${name}.${String(++launched).padStart(4, '0')}`;
      const container: MesosContainerInfo = {
        type: 'DOCKER',
        docker: {
          image: `docker.io/${name}`,
          network: 'BRIDGE',
          port_mappings: [{ host_port: hostPort, container_port: 80, protocol: 'tcp' }],
        },
      };
      port.launch({
        taskId,
        name,
        agentId: agentId(agentIndex),
        resources: { cpus: 0.2, mem: 32, disk: 0, gpus: 0, ports: [hostPort] },
        container,
        labels: [{ key: 'MARATHON_APP_ID', value: `/${name}` }],
        discovery: { name, ports: [{ number: hostPort, protocol: 'tcp' }] },
      });
      return taskId;
    },
    launchShellTask(name, agentIndex) {
      const taskId = `${name}.${String(++launched).padStart(4, '0')}`;
      port.launch({
        taskId,
        name,
        agentId: agentId(agentIndex),
        resources: { cpus: 0.1, mem: 10, disk: 0, gpus: 0, ports: [] },
        command: "while [ true ] ; do echo 'Hello hello' >> /mnt/test ; sleep 5 ; done",
      });
      return taskId;
    },
  };
}
