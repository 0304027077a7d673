import {
  AGENT_SORT_KEYS,
  type AgentDetail,
  type AgentRow,
  type AgentSlice,
  type AgentSortKey,
  type TaskDetail,
} from '../../api/cluster-model';
import { matchesAll, oneOf, paging, searchTerms, type RawQuery } from './query-params';
import type { ClusterSnapshot } from './snapshot';
import { slicePage } from './slice-page';
import { filterOrder } from './sorted-order';
import { toTaskRow } from './task-slice';

export interface AgentQuery {
  terms: string[];
  sort: AgentSortKey;
  offset: number;
  limit: number;
  order: 'asc' | 'desc';
}

export function parseAgentQuery(query: RawQuery): AgentQuery {
  return {
    terms: searchTerms(query),
    sort: oneOf(query, 'sort', AGENT_SORT_KEYS, 'hostname'),
    ...paging(query),
  };
}

export function sliceAgents(snapshot: ClusterSnapshot, query: AgentQuery): AgentSlice {
  const key = JSON.stringify(['agents', query.terms, query.sort, query.order]);
  const matched = snapshot.matches.get(key, () => {
    const { terms } = query;
    const keep =
      terms.length === 0
        ? null
        : (index: number) => matchesAll(snapshot.agentSearch[index] as string, terms);
    return filterOrder(snapshot.agentOrders.get(query.sort), query.order === 'desc', keep);
  });
  return slicePage(
    matched,
    query,
    snapshot.generation,
    (index) => snapshot.agents[index] as AgentRow,
  );
}

export function agentDetail(snapshot: ClusterSnapshot, id: string): AgentDetail | undefined {
  const index = snapshot.agentIndex.get(id);
  const agent = index === undefined ? undefined : snapshot.agents[index];
  if (agent === undefined) return undefined;
  const tasks = (snapshot.liveTasksByAgent.get(id) ?? []).map(
    (taskIndex) => snapshot.tasks[taskIndex] as TaskDetail,
  );
  const activeByFramework = new Map<string, number>();
  for (const task of tasks) {
    activeByFramework.set(task.frameworkId, (activeByFramework.get(task.frameworkId) ?? 0) + 1);
  }
  const frameworks = [...activeByFramework].map(([frameworkId, activeTasks]) => {
    const frameworkIndex = snapshot.frameworkIndex.get(frameworkId);
    const framework =
      frameworkIndex === undefined ? undefined : snapshot.frameworks[frameworkIndex];
    return { id: frameworkId, name: framework?.name ?? '', activeTasks };
  });
  frameworks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...agent, frameworks, tasks: tasks.map(toTaskRow) };
}
