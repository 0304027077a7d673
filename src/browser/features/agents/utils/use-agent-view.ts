import { useCallback } from 'react';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { readAgentView, writeAgentView, type AgentView } from './agent-view';

/** The agents table's filter and sort, in the URL (replacing the entry, not adding history). */
export function useAgentView() {
  const [search, write] = useSearchWriter();
  const update = useCallback(
    (patch: Partial<AgentView>) => write((current) => writeAgentView(current, patch)),
    [write],
  );
  return [readAgentView(search), update] as const;
}
