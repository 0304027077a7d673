import type { MarathonApp, MarathonPortMapping } from '../../../../api/marathon';
import type { MesosAgent } from '../../../../api/mesos';

/** Something that caps how many instances of the app can run on the cluster as it is. */
export type CapacityCap =
  | {
      kind: 'constraint';
      /** As written: `hostname UNIQUE`, `rack MAX_PER 2`. */
      constraint: string;
      /** Agents (for hostname) or distinct attribute values the constraint spreads over. */
      over: 'agents' | 'values';
      count: number;
      max: number;
    }
  | { kind: 'hostPort'; ports: number[]; agents: number; max: number }
  | { kind: 'resources'; cpus: number; mem: number; max: number };

const HOSTNAME_FIELDS = ['hostname', '@hostname'];
// Float resources (0.1 CPUs) must not lose an instance to rounding: 4 - 3.8 is 0.1999...
const EPSILON = 1e-9;

function spreadOver(
  agents: MesosAgent[],
  field: string,
): { over: 'agents' | 'values'; count: number } {
  if (HOSTNAME_FIELDS.includes(field)) return { over: 'agents', count: agents.length };
  const values = new Set(
    agents.map((agent) => agent.attributes[field]).filter((value) => value !== undefined),
  );
  return { over: 'values', count: values.size };
}

function constraintCaps(app: MarathonApp, agents: MesosAgent[]): CapacityCap[] {
  const caps: CapacityCap[] = [];
  for (const [field, operator, value] of app.constraints ?? []) {
    if (operator === 'UNIQUE') {
      const spread = spreadOver(agents, field);
      caps.push({
        kind: 'constraint',
        constraint: `${field} UNIQUE`,
        ...spread,
        max: spread.count,
      });
    } else if (operator === 'MAX_PER' && value !== undefined && /^\d+$/.test(value)) {
      const spread = spreadOver(agents, field);
      caps.push({
        kind: 'constraint',
        constraint: `${field} MAX_PER ${value}`,
        ...spread,
        max: spread.count * Number(value),
      });
    }
  }
  return caps;
}

/** Host ports the app pins (a fixed hostPort, or requirePorts with fixed port definitions). */
export function fixedHostPorts(app: MarathonApp): number[] {
  const mappings: MarathonPortMapping[] = [
    ...(app.container?.portMappings ?? []),
    ...(app.container?.docker?.portMappings ?? []),
  ];
  const ports = mappings.map((mapping) => mapping.hostPort ?? 0);
  if (app.requirePorts === true) {
    ports.push(...(app.portDefinitions ?? []).map((definition) => definition.port));
  }
  return [...new Set(ports.filter((port) => port > 0))];
}

function resourceCap(app: MarathonApp, agents: MesosAgent[]): CapacityCap | null {
  const cpus = app.cpus ?? 1;
  const mem = app.mem ?? 128;
  if (cpus <= 0 && mem <= 0) return null;
  const fitting = (free: number, each: number) =>
    each > 0 ? Math.floor(Math.max(0, free) / each + EPSILON) : Infinity;
  let more = 0;
  for (const agent of agents) {
    const freeCpus = (agent.resources.cpus ?? 0) - (agent.used_resources.cpus ?? 0);
    const freeMem = (agent.resources.mem ?? 0) - (agent.used_resources.mem ?? 0);
    more += Math.min(fitting(freeCpus, cpus), fitting(freeMem, mem));
  }
  // Instances already placed hold their resources in `used_resources`.
  return { kind: 'resources', cpus, mem, max: app.tasksRunning + app.tasksStaged + more };
}

/**
 * The caps below `target`, most restrictive first: what Marathon would leave waiting in its
 * queue for ever (it never checks agent counts before accepting a scale).
 */
export function capsBelow(
  app: MarathonApp,
  allAgents: readonly MesosAgent[],
  target: number,
): CapacityCap[] {
  const agents = allAgents.filter((agent) => agent.active);
  const caps = constraintCaps(app, agents);
  const ports = fixedHostPorts(app);
  if (ports.length > 0)
    caps.push({ kind: 'hostPort', ports, agents: agents.length, max: agents.length });
  const resources = resourceCap(app, agents);
  if (resources) caps.push(resources);
  return caps.filter((cap) => cap.max < target).sort((a, b) => a.max - b.max);
}
