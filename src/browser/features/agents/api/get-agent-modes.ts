import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MesosAgent } from '../../../../api/mesos';
import { apiGet, type ApiRequestOptions } from '../../../shared/api/api-client';
import { pollEvery, REFRESH_MS } from '../../../shared/api/polling';
import { mesosKeys } from '../../../shared/api/query-keys';

export interface AgentMode {
  /** DEACTIVATE_AGENT or a drain: the master offers the agent's resources to nobody. */
  deactivated: boolean;
  drain: {
    state: 'DRAINING' | 'DRAINED';
    maxGracePeriodSeconds: number | null;
    markGone: boolean;
  } | null;
}

/**
 * Deactivation and drain of every registered agent, from the leader's `/master/slaves`. The
 * operator event stream that feeds Stadium's cluster model has no event for either (Mesos sends
 * none), so they are read here, at the cluster model's rhythm.
 */
export async function getAgentModes(
  options: ApiRequestOptions = {},
): Promise<Record<string, AgentMode>> {
  const { slaves } = await apiGet<{ slaves: MesosAgent[] }>('/api/mesos/master/slaves', options);
  const modes: Record<string, AgentMode> = {};
  for (const agent of slaves) {
    const drain = agent.drain_info;
    const nanos = drain?.config.max_grace_period?.nanoseconds;
    modes[agent.id] = {
      deactivated: agent.deactivated === true,
      drain: drain
        ? {
            state: drain.state,
            maxGracePeriodSeconds: nanos === undefined ? null : nanos / 1e9,
            markGone: drain.config.mark_gone === true,
          }
        : null,
    };
  }
  return modes;
}

export function agentModesQueryOptions() {
  return queryOptions({
    queryKey: mesosKeys.agentModes(),
    queryFn: ({ signal }) => getAgentModes({ signal }),
    ...pollEvery(REFRESH_MS.clusterModel),
  });
}

export function useAgentModes() {
  return useQuery(agentModesQueryOptions());
}
