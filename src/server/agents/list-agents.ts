import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { agentTableFrom, type AgentListing } from './agent-directory';

/**
 * The leading master's agents, from /master/slaves. Masters before 0.25 have no such endpoint,
 * so on a 404 the agents come from the `slaves` list of /master/state instead.
 */
export async function listAgentsFromLeader(mesos: LeaderForwarder): Promise<AgentListing> {
  const fromSlaves = await readAgentList(mesos, '/master/slaves');
  if (fromSlaves) return fromSlaves;
  return (
    (await readAgentList(mesos, '/master/state')) ?? {
      ok: false,
      statusCode: 502,
      message: 'The leading master has neither /master/slaves nor /master/state (HTTP 404)',
    }
  );
}

/** The agents listed at `path`, or null when the master answers 404 there. */
async function readAgentList(mesos: LeaderForwarder, path: string): Promise<AgentListing | null> {
  const outcome = await mesos.forward({
    method: 'GET',
    path,
    headers: { accept: 'application/json' },
  });
  if (outcome.kind === 'failure') {
    return { ok: false, statusCode: outcome.statusCode, message: outcome.message };
  }
  const { response, origin } = outcome;
  const text = await response.body.text();
  if (response.statusCode === 404) return null;
  if (response.statusCode !== 200) {
    return {
      ok: false,
      statusCode: 502,
      message: `HTTP ${response.statusCode} from ${origin}${path}`,
    };
  }
  let table;
  try {
    table = agentTableFrom(JSON.parse(text));
  } catch {
    table = null;
  }
  return table
    ? { ok: true, agents: table }
    : { ok: false, statusCode: 502, message: `${origin}${path} did not return an agent list` };
}
