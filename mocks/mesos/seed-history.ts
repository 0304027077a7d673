/**
 * History a real cluster has: a Spark job that ran and finished before the model starts, so
 * `completed_frameworks`, completed executors and their sandboxes exist from the first request.
 */
import type { MesosModel } from './mesos-model';

export function seedFinishedSparkJob(model: MesosModel): void {
  const start = model.now();
  const agents = model.agents.slice(0, 2);
  if (agents.length === 0) return;
  const framework = model.addFramework(
    { name: 'spark-pi', user: 'hadoop', hostname: 'slave-1', webuiUrl: 'http://slave-1:4040' },
    start - 2_700_000,
  );
  agents.forEach((agent, index) => {
    model.backfillFinishedTask(
      framework,
      {
        taskId: String(index),
        name: `Task ${index}`,
        agentId: agent.id,
        resources: { cpus: 1, mem: 1408, disk: 0, gpus: 0, ports: [] },
        command: 'spark-class org.apache.spark.executor.CoarseGrainedExecutorBackend --cores 1',
      },
      start - 2_690_000,
      start - 2_400_000,
      'TASK_FINISHED',
    );
  });
  model.completeFramework(framework);
}
