import type {
  MarathonApp,
  MarathonDeployment,
  MarathonPod,
  MarathonPodInstance,
  MarathonPodStatus,
} from '../../../../api/marathon';

/** A pod's per-instance resources: its containers' summed. */
export function podResources(pod: MarathonPod): { cpus: number; mem: number } {
  return pod.containers.reduce(
    (sum, c) => ({
      cpus: sum.cpus + (c.resources.cpus ?? 0),
      mem: sum.mem + (c.resources.mem ?? 0),
    }),
    { cpus: 0, mem: 0 },
  );
}

/** Health of an instance from its endpoints' checks; undefined when nothing is checked. */
export function podInstanceHealthy(instance: MarathonPodInstance): boolean | undefined {
  const checks = (instance.containers ?? [])
    .flatMap((c) => c.endpoints ?? [])
    .map((e) => e.healthy)
    .filter((healthy): healthy is boolean => healthy !== undefined);
  if (checks.length === 0) return undefined;
  return checks.every(Boolean);
}

const isRunning = (i: MarathonPodInstance) => i.status === 'STABLE' || i.status === 'DEGRADED';

/**
 * A pod as a row of the apps list, in the app's shape, so folders, search, the status and health
 * filters and the rolled-up folder status treat pods as they treat apps.
 */
export function podAsAppRow(
  status: MarathonPodStatus,
  deployments: readonly MarathonDeployment[] | undefined,
): MarathonApp {
  const instances = status.instances ?? [];
  const running = instances.filter(isRunning);
  const { cpus, mem } = podResources(status.spec);
  return {
    id: status.id,
    instances: status.spec.scaling?.instances ?? 1,
    cpus,
    mem,
    labels: status.spec.labels ?? {},
    version: status.spec.version ?? '',
    tasksStaged: instances.length - running.length,
    tasksRunning: running.length,
    tasksHealthy: running.filter((i) => podInstanceHealthy(i) === true).length,
    tasksUnhealthy: running.filter((i) => podInstanceHealthy(i) === false).length,
    deployments: (deployments ?? [])
      .filter((d) => d.affectedPods.includes(status.id))
      .map((d) => ({ id: d.id })),
  };
}
