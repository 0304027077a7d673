/**
 * Outstanding offers on the simulated master. Schedulers here take resources synchronously, so
 * an offer is what the allocator holds out on an agent with free resources: one per agent, to
 * one active framework, re-issued (new id, new age) when the agent's free resources change. Down
 * machines are offered nothing; offers from draining machines carry their unavailability.
 */
import type { MesosOffer } from '../../src/api/mesos';
import type { MesosModel } from './mesos-model';
import { machineOf, windowOf } from './operator-maintenance';
import type { PortRange } from './port-ranges';
import type { Scalars } from './records';
import { resourcesJson } from './resources-json';

export interface OfferRecord {
  id: string;
  frameworkId: string;
  agentId: string;
  resources: Scalars;
  ports: PortRange[];
  /** Model ms the offer was made. */
  createdAt: number;
  unavailability?: { start: number; duration: number };
}

interface OfferBook {
  seq: number;
  byAgent: Map<string, { signature: string; offer: OfferRecord }>;
}

const books = new WeakMap<MesosModel, OfferBook>();

/** Below this much free CPU or memory the allocator holds nothing out. */
const MIN_CPUS = 0.01;
const MIN_MEM = 32;

export function outstandingOffers(model: MesosModel): OfferRecord[] {
  let book = books.get(model);
  if (!book) books.set(model, (book = { seq: 0, byAgent: new Map() }));
  const frameworks = [...model.frameworks.values()].filter((f) => f.active);
  const offers: OfferRecord[] = [];
  for (const agent of model.agents) {
    const free = model.offerFor(agent);
    const machine = machineOf(model, agent);
    const framework = frameworks[agent.index % Math.max(1, frameworks.length)];
    if (
      !agent.active ||
      agent.unreachable ||
      machine.mode === 'DOWN' ||
      !framework ||
      free.cpus < MIN_CPUS ||
      free.mem < MIN_MEM
    ) {
      book.byAgent.delete(agent.id);
      continue;
    }
    const window = windowOf(model, machine.id);
    const signature = JSON.stringify([free, framework.id, window?.unavailability ?? null]);
    let entry = book.byAgent.get(agent.id);
    if (entry?.signature !== signature) {
      const offer: OfferRecord = {
        id: `${model.clusterId}-O${book.seq++}`,
        frameworkId: framework.id,
        agentId: agent.id,
        resources: { cpus: free.cpus, mem: free.mem, disk: free.disk, gpus: free.gpus },
        ports: free.ports,
        createdAt: model.now(),
      };
      if (window) offer.unavailability = window.unavailability;
      entry = { signature, offer };
      book.byAgent.set(agent.id, entry);
    }
    offers.push(entry.offer);
  }
  return offers;
}

/** A framework's `offers` in v0 JSON (src/common/http.cpp `json(JSON::ObjectWriter*, const Offer&)`). */
export function frameworkOffersJson(model: MesosModel, frameworkId: string): MesosOffer[] {
  const role = model.frameworks.get(frameworkId)?.role ?? '*';
  return outstandingOffers(model)
    .filter((offer) => offer.frameworkId === frameworkId)
    .map((offer) => ({
      id: offer.id,
      framework_id: offer.frameworkId,
      allocation_info: { role },
      slave_id: offer.agentId,
      resources: resourcesJson(offer.resources, offer.ports),
    }));
}
