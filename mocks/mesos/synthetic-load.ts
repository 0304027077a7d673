/**
 * Bulk running tasks for scale tests (10k agents / 100k tasks): a separate framework whose
 * small shell tasks are spread round-robin over the agents, already running.
 */
import type { MesosModel } from './mesos-model';

const SYNTHETIC_TASK = { cpus: 0.05, mem: 16, disk: 0, gpus: 0 };

export function addSyntheticTasks(model: MesosModel, count: number): void {
  if (count <= 0) return;
  const agents = model.agents.filter((agent) => agent.active);
  if (agents.length === 0) throw new RangeError('extraTasks needs at least one agent');
  const framework = model.addFramework(
    { name: 'load-generator', user: 'nobody', hostname: 'load-generator.mesos.test' },
    model.now() - 1_800_000,
  );
  const command = 'while true; do echo tick; sleep 5; done';
  let cursor = 0;
  const nextAgentWithRoom = (n: number) => {
    for (let tried = 0; tried < agents.length; tried++) {
      const agent = agents[cursor++ % agents.length];
      if (agent && model.fits(agent, SYNTHETIC_TASK)) return agent;
    }
    throw new RangeError(
      `extraTasks: no room for task ${n + 1} of ${count} on ${agents.length} agents`,
    );
  };
  for (let n = 0; n < count; n++) {
    const agent = nextAgentWithRoom(n);
    const id = `load-${n}`;
    model.placeTask(
      framework,
      {
        taskId: `${id}.${model.uuid()}`,
        name: id,
        agentId: agent.id,
        resources: { ...SYNTHETIC_TASK, ports: [] },
        command,
        labels: [{ key: 'synthetic', value: 'true' }],
      },
      'TASK_RUNNING',
    );
  }
}
