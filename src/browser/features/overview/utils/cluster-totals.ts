import type { MesosAgent, MesosResources, MesosStateSummary } from '../../../../api/mesos';

export const RESOURCE_NAMES = ['cpus', 'mem', 'disk', 'gpus'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export interface ResourceTotal {
  total: number;
  used: number;
  offered: number;
}

export type ResourceTotals = Record<ResourceName, ResourceTotal>;

export interface ActiveCount {
  active: number;
  inactive: number;
}

function scalar(resources: MesosResources, name: ResourceName): number {
  return resources[name] ?? 0;
}

function resourceTotal(agents: MesosAgent[], name: ResourceName): ResourceTotal {
  const sum: ResourceTotal = { total: 0, used: 0, offered: 0 };
  for (const agent of agents) {
    sum.total += scalar(agent.resources, name);
    sum.used += scalar(agent.used_resources, name);
    sum.offered += scalar(agent.offered_resources, name);
  }
  return sum;
}

/** Sums every registered agent's resources, used_resources and offered_resources. */
export function resourceTotals(agents: MesosAgent[]): ResourceTotals {
  return {
    cpus: resourceTotal(agents, 'cpus'),
    mem: resourceTotal(agents, 'mem'),
    disk: resourceTotal(agents, 'disk'),
    gpus: resourceTotal(agents, 'gpus'),
  };
}

export function countActive(items: { active: boolean }[]): ActiveCount {
  const active = items.filter((item) => item.active).length;
  return { active, inactive: items.length - active };
}

export interface ClusterTotals {
  resources: ResourceTotals;
  agents: ActiveCount;
  frameworks: ActiveCount;
}

export function clusterTotals(summary: MesosStateSummary): ClusterTotals {
  return {
    resources: resourceTotals(summary.slaves),
    agents: countActive(summary.slaves),
    frameworks: countActive(summary.frameworks),
  };
}
