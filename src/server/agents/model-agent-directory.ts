import type { ClusterModel } from '../cluster-model';
import type { AgentLookup } from './agent-directory';

export interface AgentResolver {
  lookup(agentId: string): Promise<AgentLookup>;
}

/**
 * Agents as the shared cluster model knows them from the leader's last `/master/state`: no
 * request per lookup, and the same agents the console lists. Until the model has read the state
 * once, `beforeFirstSnapshot` (the leader's agent list) answers instead. Never guesses.
 */
export class ModelAgentDirectory implements AgentResolver {
  constructor(
    private readonly model: Pick<ClusterModel, 'snapshot' | 'knowsAgent' | 'agentAddress'>,
    private readonly mesos: { leader(): string | null; noLeaderMessage(): string },
    private readonly beforeFirstSnapshot: AgentResolver,
  ) {}

  async lookup(agentId: string): Promise<AgentLookup> {
    if (this.model.snapshot() === null) {
      const found = await this.beforeFirstSnapshot.lookup(agentId);
      return found.kind === 'found' ? { ...found, url: this.withLeaderScheme(found.url) } : found;
    }
    // The kept snapshot outlives its leader: without one, agents are unreachable like the master.
    if (this.mesos.leader() === null) {
      return { kind: 'failure', statusCode: 503, message: this.mesos.noLeaderMessage() };
    }
    const address = this.model.agentAddress(agentId);
    if (address !== null) return { kind: 'found', url: this.withLeaderScheme(`http://${address}`) };
    return this.model.knowsAgent(agentId)
      ? { kind: 'failure', statusCode: 502, message: `Agent ${agentId} has no address in its pid` }
      : {
          kind: 'failure',
          statusCode: 404,
          message: `Agent ${agentId} is not known to the leading master`,
        };
  }

  /** A cluster with TLS on (LIBPROCESS_SSL_ENABLED) serves it on masters and agents alike. */
  private withLeaderScheme(url: string): string {
    return this.mesos.leader()?.startsWith('https:') ? url.replace(/^http:/, 'https:') : url;
  }
}
