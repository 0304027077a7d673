import type { ClusterSummary } from '../../../../api/cluster-model';
import { RESOURCE_NAMES, type ResourceName } from '../../../shared/resources/resource-names';

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

export interface ClusterTotals {
  resources: ResourceTotals;
  agents: ActiveCount;
  frameworks: ActiveCount;
}

/** The overview's cards, from the proxy model's summary of the leading master's state. */
export function clusterTotals(summary: ClusterSummary): ClusterTotals {
  const { total, used, offered } = summary.resources;
  const resources = Object.fromEntries(
    RESOURCE_NAMES.map((name) => [
      name,
      { total: total[name], used: used[name], offered: offered[name] },
    ]),
  ) as ResourceTotals;
  return {
    resources,
    agents: { active: summary.agents.active, inactive: summary.agents.inactive },
    frameworks: { active: summary.frameworks.active, inactive: summary.frameworks.inactive },
  };
}
