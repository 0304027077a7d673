import type { AgentMode } from '../api/get-agent-modes';

export type AgentModeKey = 'draining' | 'drained' | 'deactivated' | 'active' | 'inactive';

/** One word for where the agent stands: a drain wins over deactivation, which wins over active. */
export function agentModeKey(active: boolean, mode: AgentMode | undefined): AgentModeKey {
  if (mode?.drain) return mode.drain.state === 'DRAINING' ? 'draining' : 'drained';
  if (mode?.deactivated) return 'deactivated';
  return active ? 'active' : 'inactive';
}
