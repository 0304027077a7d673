/**
 * Reservations on the simulated agents, in the shapes Mesos 1.x writes them: v0
 * `reserved_resources {role: resources}` and `unreserved_resources` on every agent object,
 * `reserved_resources_full {role: [Resource]}` on `/master/slaves` and the agent's `/state`, and
 * v1 `Resource`s whose `reservations` stack (RESERVATION_REFINEMENT format) names the role.
 */
import type { MesosResources } from '../../src/api/mesos';
import type { MesosModel } from './mesos-model';
import { resourcesV1 } from './operator-json';
import type { AgentRecord, Scalars } from './records';
import { addScalars, resourcesJson, zeroScalars } from './resources-json';

export interface Reservation {
  role: string;
  /** STATIC: the agent's `--resources` flag; DYNAMIC: RESERVE_RESOURCES by `principal`. */
  type: 'STATIC' | 'DYNAMIC';
  principal?: string;
  scalars: Scalars;
}

/**
 * The demo's reservations by agent index: the first agent holds a static reservation for the
 * analytics team, the second one an operator's dynamic reservation for `ops`.
 */
const DEMO_RESERVATIONS: ReadonlyMap<number, readonly Reservation[]> = new Map([
  [
    0,
    [
      {
        role: 'eng/analytics',
        type: 'STATIC',
        scalars: { cpus: 1, mem: 1024, disk: 2048, gpus: 0 },
      },
    ],
  ],
  [
    1,
    [
      {
        role: 'ops',
        type: 'DYNAMIC',
        principal: 'ops-admin',
        scalars: { cpus: 0.5, mem: 512, disk: 1024, gpus: 0 },
      },
    ],
  ],
]);

export function agentReservations(agent: Pick<AgentRecord, 'index'>): readonly Reservation[] {
  return DEMO_RESERVATIONS.get(agent.index) ?? [];
}

function byRole(agent: Pick<AgentRecord, 'index'>): Map<string, Scalars> {
  const roles = new Map<string, Scalars>();
  for (const reservation of agentReservations(agent)) {
    const sum = roles.get(reservation.role) ?? zeroScalars();
    addScalars(sum, reservation.scalars);
    roles.set(reservation.role, sum);
  }
  return roles;
}

/** What no role holds: the agent's total less its reservations (the ports stay unreserved). */
export function unreservedScalars(agent: Pick<AgentRecord, 'index' | 'total'>): Scalars {
  const left = { ...agent.total };
  for (const reservation of agentReservations(agent)) {
    left.cpus -= reservation.scalars.cpus;
    left.mem -= reservation.scalars.mem;
    left.disk -= reservation.scalars.disk;
    left.gpus -= reservation.scalars.gpus;
  }
  return left;
}

/** v0 `reserved_resources` and `unreserved_resources`. */
export function reservedJson(agent: AgentRecord): {
  reserved_resources: Record<string, MesosResources>;
  unreserved_resources: MesosResources;
} {
  return {
    reserved_resources: Object.fromEntries(
      [...byRole(agent)].map(([role, scalars]) => [role, resourcesJson(scalars)]),
    ),
    unreserved_resources: resourcesJson(unreservedScalars(agent), agent.portRanges),
  };
}

/** One reservation as v1 `Resource`s: each carries the reservation that holds it. */
export function reservationV1(reservation: Reservation): Record<string, unknown>[] {
  const { role, type, principal } = reservation;
  const info = { type, role, ...(principal !== undefined && { principal }) };
  return resourcesV1(reservation.scalars).map((entry) => ({ ...entry, reservations: [info] }));
}

/** `reserved_resources_full`: by role, the full `Resource`s with their reservation stacks. */
export function reservedFullJson(agent: AgentRecord): Record<string, Record<string, unknown>[]> {
  const full: Record<string, Record<string, unknown>[]> = {};
  for (const reservation of agentReservations(agent)) {
    (full[reservation.role] ??= []).push(...reservationV1(reservation));
  }
  return full;
}

/** The agent's total as v1 `Resource`s: unreserved ones first, then each reservation's. */
export function totalResourcesV1(agent: AgentRecord): Record<string, unknown>[] {
  return [
    ...resourcesV1(unreservedScalars(agent), agent.portRanges),
    ...agentReservations(agent).flatMap(reservationV1),
  ];
}

/** Every reservation for `role` on the agents the master has registered. */
export function roleReservations(model: MesosModel, role: string): Reservation[] {
  return model.agents
    .filter((agent) => !agent.unreachable)
    .flatMap((agent) => agentReservations(agent).filter((r) => r.role === role));
}

/** The roles holding reservations, for the master's role list. */
export function reservationRoles(model: MesosModel): string[] {
  return [...new Set(model.agents.flatMap((agent) => [...byRole(agent).keys()]))];
}

export function sumReservations(reservations: readonly Reservation[]): Scalars {
  const sum = zeroScalars();
  for (const reservation of reservations) addScalars(sum, reservation.scalars);
  return sum;
}
