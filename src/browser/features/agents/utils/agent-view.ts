import { AGENT_SORT_KEYS, type AgentSortKey, type SortOrder } from '../../../../api/cluster-model';
import type { AgentListParams } from '../api/get-agents';

/** The agents table's view; each field is a URL search parameter of the same name. */
export interface AgentView {
  q: string;
  sort: AgentSortKey | undefined;
  order: SortOrder;
}

export { AGENT_SORT_KEYS };

export function readAgentView(search: URLSearchParams): AgentView {
  const sort = search.get('sort');
  return {
    q: search.get('q') ?? '',
    sort: AGENT_SORT_KEYS.find((key) => key === sort),
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

export function writeAgentView(
  search: URLSearchParams,
  patch: Partial<AgentView>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined || value === '' || (name === 'order' && value === 'asc')) {
      next.delete(name);
    } else {
      next.set(name, String(value));
    }
  }
  return next;
}

export function agentListParams(view: AgentView): AgentListParams {
  return {
    q: view.q.trim() || undefined,
    sort: view.sort,
    order: view.order === 'desc' ? 'desc' : undefined,
  };
}
