import type { LeaderForwarder } from '../proxy/leader-forwarder';
import { agentTableFrom, type AgentListing } from './agent-directory';

/** The leading master's agents, from /master/slaves. */
export async function listAgentsFromLeader(mesos: LeaderForwarder): Promise<AgentListing> {
  const outcome = await mesos.forward({
    method: 'GET',
    path: '/master/slaves',
    headers: { accept: 'application/json' },
  });
  if (outcome.kind === 'failure') {
    return { ok: false, statusCode: outcome.statusCode, message: outcome.message };
  }
  const { response, origin } = outcome;
  const text = await response.body.text();
  if (response.statusCode !== 200) {
    return {
      ok: false,
      statusCode: 502,
      message: `HTTP ${response.statusCode} from ${origin}/master/slaves`,
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
    : {
        ok: false,
        statusCode: 502,
        message: `${origin}/master/slaves did not return an agent list`,
      };
}
