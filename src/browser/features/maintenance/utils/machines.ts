import type { MesosAgent } from '../../../../api/mesos';
import type {
  MachineId,
  MaintenanceSchedule,
  MaintenanceStatus,
  MaintenanceWindow,
} from '../../../../api/mesos-operator';

export type MachineMode = 'UP' | 'DRAINING' | 'DOWN';

export const machineKey = (id: MachineId): string => `${id.hostname ?? ''}|${id.ip ?? ''}`;

/** "host (ip)", or whichever of the two the id has. */
export function describeMachine(id: MachineId): string {
  if (id.hostname && id.ip) return `${id.hostname} (${id.ip})`;
  return id.hostname ?? id.ip ?? '';
}

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/**
 * The machine Mesos puts an agent on: its hostname and the IP of its pid
 * (`slave(1)@10.0.0.2:5051`). A pid naming a host, not an IP, gives a hostname-only machine.
 */
export function agentMachine(agent: Pick<MesosAgent, 'hostname' | 'pid'>): MachineId {
  const address = agent.pid.slice(agent.pid.indexOf('@') + 1);
  const host = address.slice(0, address.lastIndexOf(':'));
  return IPV4.test(host) ? { hostname: agent.hostname, ip: host } : { hostname: agent.hostname };
}

export interface ScheduledWindow {
  /** The key of its first machine: a machine is in one window at most, so this names it. */
  key: string;
  machines: MachineId[];
  /** Epoch ms. */
  start: number;
  durationMs: number;
}

const ms = (time: { nanoseconds: number } | undefined) => (time ? time.nanoseconds / 1e6 : 0);

export function scheduledWindows(schedule: MaintenanceSchedule | undefined): ScheduledWindow[] {
  return (schedule?.windows ?? []).map((window: MaintenanceWindow) => ({
    key: machineKey(window.machine_ids[0] ?? {}),
    machines: window.machine_ids,
    start: ms(window.unavailability.start),
    durationMs: ms(window.unavailability.duration),
  }));
}

export interface MachineRow {
  id: MachineId;
  key: string;
  mode: MachineMode;
  /** Agents registered from this machine. */
  agents: Pick<MesosAgent, 'id' | 'hostname'>[];
  window: ScheduledWindow | undefined;
}

/** Every machine the master knows of: agents' machines and any named by the schedule. */
export function machineRows(
  agents: readonly Pick<MesosAgent, 'id' | 'hostname' | 'pid'>[],
  schedule: MaintenanceSchedule | undefined,
  status: MaintenanceStatus | undefined,
): MachineRow[] {
  const windows = scheduledWindows(schedule);
  const down = new Set((status?.down_machines ?? []).map(machineKey));
  const rows = new Map<string, MachineRow>();
  const row = (id: MachineId) => {
    const key = machineKey(id);
    let found = rows.get(key);
    if (!found) {
      const window = windows.find((w) => w.machines.some((m) => machineKey(m) === key));
      const mode: MachineMode = down.has(key) ? 'DOWN' : window ? 'DRAINING' : 'UP';
      found = { id, key, mode, agents: [], window };
      rows.set(key, found);
    }
    return found;
  };
  for (const agent of agents) row(agentMachine(agent)).agents.push(agent);
  for (const window of windows) window.machines.forEach(row);
  for (const id of status?.down_machines ?? []) row(id);
  return [...rows.values()].sort((a, b) =>
    describeMachine(a.id).localeCompare(describeMachine(b.id)),
  );
}

/** The schedule as the master takes it back, in nanoseconds. */
export function scheduleOf(windows: readonly ScheduledWindow[]): MaintenanceSchedule {
  return {
    windows: windows.map((window) => ({
      machine_ids: window.machines,
      unavailability: {
        start: { nanoseconds: Math.round(window.start * 1e6) },
        duration: { nanoseconds: Math.round(window.durationMs * 1e6) },
      },
    })),
  };
}

/** One operator's edit of the schedule, applied to the schedule as the master has it now. */
export type ScheduleChange =
  { kind: 'add'; window: ScheduledWindow } | { kind: 'remove'; window: ScheduledWindow };

export type ChangedSchedule =
  | { windows: ScheduledWindow[] }
  /**
   * `scheduled`: a machine being added is in a window someone else added meanwhile; `gone`: the
   * window being removed is no longer there; `changed`: its machines are now in a different window.
   */
  | { conflict: 'scheduled' | 'gone' | 'changed'; machines: string };

const sameWindow = (a: ScheduledWindow, b: ScheduledWindow) =>
  a.start === b.start &&
  a.durationMs === b.durationMs &&
  a.machines.length === b.machines.length &&
  a.machines.every((machine, index) => machineKey(machine) === machineKey(b.machines[index] ?? {}));

/**
 * The schedule to send for `change`: what the master holds now with only this one edit made, so
 * that another operator's edit since this page read the schedule is kept, never overwritten.
 */
export function changedSchedule(
  current: readonly ScheduledWindow[],
  change: ScheduleChange,
): ChangedSchedule {
  const keys = new Set(change.window.machines.map(machineKey));
  const overlapping = current.filter((window) =>
    window.machines.some((machine) => keys.has(machineKey(machine))),
  );
  if (change.kind === 'add') {
    const taken = overlapping
      .flatMap((window) => window.machines)
      .filter((machine) => keys.has(machineKey(machine)));
    return taken.length > 0
      ? { conflict: 'scheduled', machines: taken.map(describeMachine).join(', ') }
      : { windows: [...current, change.window] };
  }
  const machines = change.window.machines.map(describeMachine).join(', ');
  if (current.some((window) => sameWindow(window, change.window))) {
    return { windows: current.filter((window) => !sameWindow(window, change.window)) };
  }
  return { conflict: overlapping.length > 0 ? 'changed' : 'gone', machines };
}
