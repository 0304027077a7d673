import { agentUrlFromPid } from './agent-paths';

/** Agent id -> base URL (null when its pid has no usable address). */
export type AgentTable = Map<string, string | null>;

export type AgentListing =
  { ok: true; agents: AgentTable } | { ok: false; statusCode: number; message: string };

export type AgentLookup =
  { kind: 'found'; url: string } | { kind: 'failure'; statusCode: number; message: string };

/** How long the leader's agent list is reused. */
export const AGENT_CACHE_TTL_MS = 5_000;
/** An unknown id triggers a fresh list only if the cached one is at least this old. */
const UNKNOWN_REFETCH_AFTER_MS = 1_000;

/** Builds the table from a /master/slaves or /master/state body (`{slaves: [{id, pid}, ...]}`). */
export function agentTableFrom(body: unknown): AgentTable | null {
  const slaves = (body as { slaves?: unknown } | null)?.slaves;
  if (!Array.isArray(slaves)) return null;
  const table: AgentTable = new Map();
  for (const slave of slaves as { id?: unknown; pid?: unknown }[]) {
    if (typeof slave.id !== 'string') continue;
    table.set(slave.id, typeof slave.pid === 'string' ? agentUrlFromPid(slave.pid) : null);
  }
  return table;
}

/** Resolves agent ids through the leading master's agent list, cached briefly. Never guesses. */
export class AgentDirectory {
  private cached: { at: number; agents: AgentTable } | null = null;
  private fetching: Promise<AgentListing> | null = null;

  constructor(
    private readonly listAgents: () => Promise<AgentListing>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async lookup(agentId: string): Promise<AgentLookup> {
    let cached = this.cached;
    if (!cached || this.now() - cached.at > AGENT_CACHE_TTL_MS) {
      const listing = await this.refresh();
      if (!listing.ok) {
        return { kind: 'failure', statusCode: listing.statusCode, message: listing.message };
      }
      cached = { at: this.now(), agents: listing.agents };
    } else if (!cached.agents.has(agentId) && this.now() - cached.at >= UNKNOWN_REFETCH_AFTER_MS) {
      // A just-registered agent: look again before calling it unknown.
      const listing = await this.refresh();
      if (listing.ok) cached = { at: this.now(), agents: listing.agents };
    }
    if (!cached.agents.has(agentId)) {
      return {
        kind: 'failure',
        statusCode: 404,
        message: `Agent ${agentId} is not known to the leading master`,
      };
    }
    const url = cached.agents.get(agentId);
    return url
      ? { kind: 'found', url }
      : { kind: 'failure', statusCode: 502, message: `Agent ${agentId} has no address in its pid` };
  }

  private refresh(): Promise<AgentListing> {
    this.fetching ??= this.listAgents()
      .then((listing) => {
        if (listing.ok) this.cached = { at: this.now(), agents: listing.agents };
        return listing;
      })
      .finally(() => {
        this.fetching = null;
      });
    return this.fetching;
  }
}
