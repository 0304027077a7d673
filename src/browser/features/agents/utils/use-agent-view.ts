import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { readAgentView, writeAgentView, type AgentView } from './agent-view';

/** The agents table's filter and sort, in the URL (replacing the entry, not adding history). */
export function useAgentView() {
  const [search, setSearch] = useSearchParams();
  const view = readAgentView(search);
  const update = useCallback(
    (patch: Partial<AgentView>) => {
      setSearch((current) => writeAgentView(current, patch), { replace: true });
    },
    [setSearch],
  );
  return [view, update] as const;
}
