import type { MesosAgent, MesosFramework, MesosResources } from '../../../../api/mesos';
import type {
  InverseOfferAnswer,
  MachineId,
  MaintenanceStatus,
} from '../../../../api/mesos-operator';

export interface OfferRow {
  id: string;
  agentId: string;
  agentHostname: string;
  frameworkId: string;
  frameworkName: string;
  role: string;
  resources: MesosResources;
  /** Epoch ms Stadium first saw the offer. */
  seenAt: number;
}

/** Every framework's outstanding offers, with the agent's hostname and when each was first seen. */
export function offerRows(
  frameworks: readonly MesosFramework[],
  agents: readonly Pick<MesosAgent, 'id' | 'hostname'>[],
  seenAt: ReadonlyMap<string, number>,
  now: number,
): OfferRow[] {
  const hostnames = new Map(agents.map((agent) => [agent.id, agent.hostname]));
  return frameworks.flatMap((framework) =>
    (framework.offers ?? []).map((offer): OfferRow => ({
      id: offer.id,
      agentId: offer.slave_id,
      agentHostname: hostnames.get(offer.slave_id) ?? offer.slave_id,
      frameworkId: framework.id,
      frameworkName: framework.name,
      role: offer.allocation_info?.role ?? framework.role ?? '*',
      resources: offer.resources,
      seenAt: seenAt.get(offer.id) ?? now,
    })),
  );
}

export interface InverseOfferRow {
  machine: MachineId;
  agents: Pick<MesosAgent, 'id' | 'hostname'>[];
  frameworkId: string;
  frameworkName: string;
  answer: InverseOfferAnswer;
  window: { start: number; durationMs: number } | undefined;
}

/**
 * The inverse offers of draining machines, one per framework asked to leave, from the
 * maintenance status (the v0 API's only record of them) and the window that caused them.
 */
export function inverseOfferRows(
  status: MaintenanceStatus | undefined,
  windows: readonly { machines: MachineId[]; start: number; durationMs: number }[],
  agents: readonly Pick<MesosAgent, 'id' | 'hostname' | 'pid'>[],
  frameworks: readonly Pick<MesosFramework, 'id' | 'name'>[],
  machines: {
    agentMachine: (agent: Pick<MesosAgent, 'hostname' | 'pid'>) => MachineId;
    machineKey: (id: MachineId) => string;
  },
): InverseOfferRow[] {
  const names = new Map(frameworks.map((framework) => [framework.id, framework.name]));
  return (status?.draining_machines ?? []).flatMap((draining) => {
    const key = machines.machineKey(draining.id);
    const window = windows.find((w) => w.machines.some((m) => machines.machineKey(m) === key));
    const on = agents.filter((agent) => machines.machineKey(machines.agentMachine(agent)) === key);
    return (draining.statuses ?? []).map((answer) => ({
      machine: draining.id,
      agents: on,
      frameworkId: answer.framework_id.value,
      frameworkName: names.get(answer.framework_id.value) ?? answer.framework_id.value,
      answer: answer.status,
      window,
    }));
  });
}
