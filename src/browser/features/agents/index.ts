/** The part of agents other features may import; everything else in the folder is its own. */
export { agentsPageQueryOptions } from './api/get-agents';
export { AgentFlags } from './components/agent-flags';
