/**
 * Maintenance on the simulated master (docs/maintenance.md, src/master/maintenance.cpp): a
 * schedule of windows, each machine (hostname + ip) UP, DRAINING (in a window) or DOWN (after
 * START_MAINTENANCE), served as `/master/maintenance/schedule` and `/status`, the v1 calls and
 * the older `/master/machine/down` and `/up`. A machine going down deactivates its agents, so
 * nothing is offered or placed there; coming up reactivates them and leaves the schedule.
 */
import type { MesosModel } from './mesos-model';
import type { AgentRecord } from './records';
import { mesosText } from './handlers/mesos-responses';
import { jsonReply } from './operator-roles';

export interface MachineId {
  hostname?: string;
  ip?: string;
}

export interface WindowRecord {
  machineIds: MachineId[];
  /** Model ms. */
  unavailability: { start: number; duration: number };
  /** Model ms the window was scheduled: when its machines' frameworks got inverse offers. */
  scheduledAt: number;
}

interface MaintenanceBook {
  windows: WindowRecord[];
  down: Map<string, MachineId>;
}

export type MachineMode = 'UP' | 'DRAINING' | 'DOWN';

const books = new WeakMap<MesosModel, MaintenanceBook>();

function book(model: MesosModel): MaintenanceBook {
  let found = books.get(model);
  if (!found) books.set(model, (found = { windows: [], down: new Map() }));
  return found;
}

const keyOf = (id: MachineId) => `${id.hostname ?? ''}|${id.ip ?? ''}`;
const describe = (id: MachineId) =>
  id.hostname && id.ip ? `${id.hostname} (${id.ip})` : (id.hostname ?? id.ip ?? '');
const nanos = (ms: number) => ({ nanoseconds: Math.round(ms * 1e6) });

export function windowOf(model: MesosModel, id: MachineId): WindowRecord | undefined {
  const key = keyOf(id);
  return book(model).windows.find((w) => w.machineIds.some((m) => keyOf(m) === key));
}

function modeOf(model: MesosModel, id: MachineId): MachineMode {
  if (book(model).down.has(keyOf(id))) return 'DOWN';
  return windowOf(model, id) ? 'DRAINING' : 'UP';
}

/**
 * The machine an agent runs on, named as Mesos names it: the agent's hostname and the IP of its
 * pid. Simulated pids carry a DNS name (requests are routed by it), so their machines have no ip.
 */
function agentMachine(agent: AgentRecord): MachineId {
  const host = agent.address.slice(0, agent.address.lastIndexOf(':'));
  return IPV4.test(host) ? { hostname: agent.hostname, ip: host } : { hostname: agent.hostname };
}

/** The machine an agent runs on and its mode. */
export function machineOf(model: MesosModel, agent: AgentRecord) {
  const id = agentMachine(agent);
  return { id, mode: modeOf(model, id) };
}

function machineIdJson(id: MachineId): MachineId {
  return {
    ...(id.hostname !== undefined && { hostname: id.hostname }),
    ...(id.ip !== undefined && { ip: id.ip }),
  };
}

function scheduleJson(model: MesosModel) {
  const windows = book(model).windows.map((window) => ({
    machine_ids: window.machineIds.map(machineIdJson),
    unavailability: {
      start: nanos(window.unavailability.start),
      duration: nanos(window.unavailability.duration),
    },
  }));
  // Protobuf JSON leaves empty repeated fields out: an empty schedule is `{}`.
  return windows.length > 0 ? { windows } : {};
}

function agentsOn(model: MesosModel, id: MachineId): AgentRecord[] {
  const key = keyOf(id);
  return model.agents.filter((agent) => keyOf(agentMachine(agent)) === key);
}

function statusJson(model: MesosModel) {
  const { windows, down } = book(model);
  const draining = windows.flatMap((window) =>
    window.machineIds
      .filter((id) => !down.has(keyOf(id)))
      .map((id) => {
        // Frameworks with tasks on the machine got an inverse offer and have not answered it.
        const frameworkIds = new Set(
          agentsOn(model, id).flatMap((agent) =>
            [...agent.tasks.values()].map((t) => t.frameworkId),
          ),
        );
        const statuses = [...frameworkIds].map((value) => ({
          status: 'UNKNOWN',
          framework_id: { value },
          timestamp: nanos(window.scheduledAt),
        }));
        return { id: machineIdJson(id), ...(statuses.length > 0 && { statuses }) };
      }),
  );
  return {
    ...(draining.length > 0 && { draining_machines: draining }),
    ...(down.size > 0 && { down_machines: [...down.values()].map(machineIdJson) }),
  };
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** A machine id as the master checks it (maintenance.cpp `validation::machine`). */
function machineIdOf(value: unknown): MachineId | string {
  const { hostname, ip } = (value ?? {}) as { hostname?: unknown; ip?: unknown };
  if ((typeof hostname !== 'string' || hostname === '') && (typeof ip !== 'string' || ip === '')) {
    return "Both 'hostname' and 'ip' for a machine are empty";
  }
  if (typeof ip === 'string' && ip !== '' && !IPV4.test(ip)) return `Failed to parse IP '${ip}'`;
  return {
    ...(typeof hostname === 'string' && hostname !== '' && { hostname }),
    ...(typeof ip === 'string' && ip !== '' && { ip }),
  };
}

function machineList(value: unknown): MachineId[] | string {
  if (!Array.isArray(value) || value.length === 0) return 'List of machines is empty';
  const ids: MachineId[] = [];
  const seen = new Set<string>();
  for (const entry of value) {
    const id = machineIdOf(entry);
    if (typeof id === 'string') return id;
    if (seen.has(keyOf(id))) return `Machine '${describe(id)}' appears more than once in the list`;
    seen.add(keyOf(id));
    ids.push(id);
  }
  return ids;
}

const nanosToMs = (value: unknown): number | undefined => {
  const n = (value as { nanoseconds?: unknown } | undefined)?.nanoseconds;
  const number = typeof n === 'string' ? Number(n) : n;
  return typeof number === 'number' && Number.isFinite(number) ? number / 1e6 : undefined;
};

function parseSchedule(model: MesosModel, value: unknown): WindowRecord[] | string {
  const windows = (value as { windows?: unknown } | undefined)?.windows ?? [];
  if (!Array.isArray(windows)) return "Expecting 'windows' to be an array";
  const seen = new Set<string>();
  const parsed: WindowRecord[] = [];
  for (const window of windows as { machine_ids?: unknown; unavailability?: unknown }[]) {
    const ids = machineList(window.machine_ids);
    if (typeof ids === 'string') return ids;
    for (const id of ids) {
      if (seen.has(keyOf(id)))
        return `Machine '${describe(id)}' appears more than once in the schedule`;
      seen.add(keyOf(id));
    }
    const { start, duration } = (window.unavailability ?? {}) as {
      start?: unknown;
      duration?: unknown;
    };
    const startMs = nanosToMs(start);
    if (startMs === undefined) return "Expecting 'unavailability.start' to be present";
    const durationMs = duration === undefined ? 0 : nanosToMs(duration);
    if (durationMs === undefined || durationMs < 0) return "Unavailability 'duration' is negative";
    const previous = windowOf(model, ids[0] as MachineId);
    parsed.push({
      machineIds: ids,
      unavailability: { start: startMs, duration: durationMs },
      scheduledAt: previous?.scheduledAt ?? model.now(),
    });
  }
  return parsed;
}

function setActive(model: MesosModel, id: MachineId, active: boolean): void {
  for (const agent of agentsOn(model, id)) if (!agent.unreachable) agent.active = active;
}

function updateSchedule(model: MesosModel, schedule: unknown): Response {
  const windows = parseSchedule(model, schedule);
  if (typeof windows === 'string') return mesosText(400, windows);
  const scheduled = new Set(windows.flatMap((w) => w.machineIds.map(keyOf)));
  for (const [key, id] of book(model).down) {
    if (!scheduled.has(key)) {
      return mesosText(400, `Machine '${describe(id)}' is deactivated, but is not in the schedule`);
    }
  }
  book(model).windows = windows;
  return new Response(null, { status: 200 });
}

function startMaintenance(model: MesosModel, machines: unknown): Response {
  const ids = machineList(machines);
  if (typeof ids === 'string') return mesosText(400, ids);
  for (const id of ids) {
    if (!windowOf(model, id)) {
      return mesosText(400, `Machine '${describe(id)}' is not part of a maintenance schedule`);
    }
  }
  for (const id of ids) {
    book(model).down.set(keyOf(id), id);
    setActive(model, id, false);
  }
  return new Response(null, { status: 200 });
}

function stopMaintenance(model: MesosModel, machines: unknown): Response {
  const ids = machineList(machines);
  if (typeof ids === 'string') return mesosText(400, ids);
  const maintenance = book(model);
  for (const id of ids) {
    if (!maintenance.down.has(keyOf(id))) {
      return mesosText(400, `Machine '${describe(id)}' is not in DOWN mode`);
    }
  }
  const up = new Set(ids.map(keyOf));
  for (const id of ids) {
    maintenance.down.delete(keyOf(id));
    setActive(model, id, true);
  }
  // A machine brought up leaves the schedule; windows left without machines go with it.
  maintenance.windows = maintenance.windows
    .map((w) => ({ ...w, machineIds: w.machineIds.filter((m) => !up.has(keyOf(m))) }))
    .filter((w) => w.machineIds.length > 0);
  return new Response(null, { status: 200 });
}

/** The maintenance calls of `POST /api/v1`; undefined for other call types. */
export function maintenanceCall(
  model: MesosModel,
  call: Record<string, unknown>,
): Response | undefined {
  const field = (name: string) => (call[name] ?? {}) as Record<string, unknown>;
  switch (call['type']) {
    case 'GET_MAINTENANCE_SCHEDULE':
      return jsonReply({
        type: call['type'],
        get_maintenance_schedule: { schedule: scheduleJson(model) },
      });
    case 'GET_MAINTENANCE_STATUS':
      return jsonReply({
        type: call['type'],
        get_maintenance_status: { status: statusJson(model) },
      });
    case 'UPDATE_MAINTENANCE_SCHEDULE':
      return updateSchedule(model, field('update_maintenance_schedule')['schedule']);
    case 'START_MAINTENANCE':
      return startMaintenance(model, field('start_maintenance')['machines']);
    case 'STOP_MAINTENANCE':
      return stopMaintenance(model, field('stop_maintenance')['machines']);
    default:
      return undefined;
  }
}

/** The v0 reads, by route under `/master`. */
export const MAINTENANCE_READS = {
  '/maintenance/schedule': scheduleJson,
  '/maintenance/status': statusJson,
};

/** The v0 writes: POST `/maintenance/schedule`, `/machine/down`, `/machine/up`. */
export const MAINTENANCE_WRITES: Record<string, (model: MesosModel, body: unknown) => Response> = {
  '/maintenance/schedule': updateSchedule,
  '/machine/down': startMaintenance,
  '/machine/up': stopMaintenance,
};
