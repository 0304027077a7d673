/**
 * Offer matching: whether an agent's offer can take one instance of an app, and if not, why, in
 * the reason order of Marathon's `NoOfferMatchReason` (the funnel `/v2/queue` reports).
 */
import type { MarathonOfferRejectReason } from '../../src/api/marathon';
import type { AgentOffer } from '../contracts';
import { networkModeOf } from './app-canonical';
import { constraintHolds, type PlacedOn } from './constraint-matching';
import { isObject, type JsonObject } from './json';

export const REJECT_REASONS: readonly MarathonOfferRejectReason[] = [
  'UnfulfilledRole',
  'UnfulfilledConstraint',
  'NoCorrespondingReservationFound',
  'AgentMaintenance',
  'InsufficientCpus',
  'InsufficientMemory',
  'InsufficientDisk',
  'InsufficientGpus',
  'InsufficientPorts',
  'DeclinedScarceResources',
];

export type OfferMatch =
  { ok: true; hostPorts: number[] } | { ok: false; reasons: MarathonOfferRejectReason[] };

/** Host ports one instance needs, in port order: 0 = any offered port, otherwise that port. */
export function hostPortRequests(app: JsonObject): number[] {
  if (networkModeOf(app) === 'host') {
    const definitions = Array.isArray(app.portDefinitions)
      ? (app.portDefinitions as JsonObject[])
      : [];
    return definitions.map((d) => (app.requirePorts === true ? Number(d.port) : 0));
  }
  const container = isObject(app.container) ? app.container : {};
  const mappings = Array.isArray(container.portMappings)
    ? (container.portMappings as JsonObject[])
    : [];
  return mappings.filter((m) => m.hostPort !== undefined).map((m) => Number(m.hostPort));
}

const EPSILON = 1e-9;

function freePorts(ranges: [number, number][]): number[] {
  const ports: number[] = [];
  for (const [begin, end] of ranges) for (let p = begin; p <= end; p += 1) ports.push(p);
  return ports;
}

function assignPorts(
  requests: number[],
  ranges: [number, number][],
  random: () => number,
): number[] | undefined {
  const available = new Set(freePorts(ranges));
  const fixed = requests.filter((p) => p !== 0);
  if (!fixed.every((p) => available.has(p))) return undefined;
  for (const p of fixed) available.delete(p);
  if (requests.filter((p) => p === 0).length > available.size) return undefined;
  return requests.map((request) => {
    if (request !== 0) return request;
    const pool = [...available];
    const picked = pool[Math.floor(random() * pool.length)] as number;
    available.delete(picked);
    return picked;
  });
}

/** Matches one instance of `app` against `offer`; `placed` are the app's live instances. */
export function matchOffer(
  app: JsonObject,
  offer: AgentOffer,
  placed: PlacedOn[],
  allOffers: AgentOffer[],
  random: () => number,
): OfferMatch {
  const reasons: MarathonOfferRejectReason[] = [];
  const roles = Array.isArray(app.acceptedResourceRoles) ? app.acceptedResourceRoles : undefined;
  if (roles && !roles.includes('*')) reasons.push('UnfulfilledRole');
  const constraints = Array.isArray(app.constraints) ? (app.constraints as string[][]) : [];
  if (!constraints.every((c) => constraintHolds(c, offer, placed, allOffers))) {
    reasons.push('UnfulfilledConstraint');
  }
  if (offer.cpus + EPSILON < Number(app.cpus)) reasons.push('InsufficientCpus');
  if (offer.mem + EPSILON < Number(app.mem)) reasons.push('InsufficientMemory');
  if (offer.disk + EPSILON < Number(app.disk)) reasons.push('InsufficientDisk');
  if (offer.gpus < Number(app.gpus)) reasons.push('InsufficientGpus');
  const hostPorts = assignPorts(hostPortRequests(app), offer.ports, random);
  if (!hostPorts) reasons.push('InsufficientPorts');
  if (reasons.length > 0 || !hostPorts) return { ok: false, reasons };
  return { ok: true, hostPorts };
}

/** The offer after an instance took its share. */
export function consumeOffer(offer: AgentOffer, app: JsonObject, hostPorts: number[]): AgentOffer {
  const taken = new Set(hostPorts);
  const ports: [number, number][] = [];
  for (const [begin, end] of offer.ports) {
    let start = begin;
    for (let p = begin; p <= end + 1; p += 1) {
      if (p > end || taken.has(p)) {
        if (p > start) ports.push([start, p - 1]);
        start = p + 1;
      }
    }
  }
  return {
    ...offer,
    cpus: offer.cpus - Number(app.cpus),
    mem: offer.mem - Number(app.mem),
    disk: offer.disk - Number(app.disk),
    gpus: offer.gpus - Number(app.gpus),
    ports,
  };
}
