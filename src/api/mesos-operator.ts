/**
 * What the Roles, Offers and Maintenance pages read and write on the leading master: v0
 * `/master/roles` (>= 1.9 shape, older fields optional), `/master/maintenance/schedule` and
 * `/status` (protobuf JSON: empty lists left out), and the v1 operator calls that change them.
 */
import type { MesosResources } from './mesos';

export interface MesosRole {
  name: string;
  weight: number;
  /** >= 1.9: `guarantee` and `limit` hold only what was set; before, a guarantee-only QuotaInfo. */
  quota?: {
    role?: string;
    guarantee?: MesosResources | unknown[];
    limit?: MesosResources;
    consumed?: MesosResources;
  };
  /** Deprecated alias of `allocated`, the only usage field before 1.9. */
  resources?: MesosResources;
  allocated?: MesosResources;
  offered?: MesosResources;
  /** Per role, or flat, depending on the version. */
  reserved?: MesosResources | Record<string, MesosResources>;
  frameworks?: string[];
}

export interface MesosRoles {
  roles: MesosRole[];
}

/** `/master/quota` (0.27+): guarantee-only `infos`; from 1.9 also `configs` with limits. */
export interface QuotaStatus {
  infos?: { role: string; guarantee?: unknown[] }[];
  configs?: { role: string; guarantees?: ScalarMap; limits?: ScalarMap }[];
}

/** `mesos.MachineID`: at least one of the two. */
export interface MachineId {
  hostname?: string;
  ip?: string;
}

export interface TimeInfo {
  nanoseconds: number;
}

export interface MaintenanceWindow {
  machine_ids: MachineId[];
  unavailability: { start: TimeInfo; duration?: TimeInfo };
}

export interface MaintenanceSchedule {
  windows?: MaintenanceWindow[];
}

export type InverseOfferAnswer = 'UNKNOWN' | 'ACCEPT' | 'DECLINE';

export interface MaintenanceStatus {
  draining_machines?: {
    id: MachineId;
    statuses?: {
      status: InverseOfferAnswer;
      framework_id: { value: string };
      timestamp: TimeInfo;
    }[];
  }[];
  down_machines?: MachineId[];
}

/** A quota side in v1 `QuotaConfig`: `map<string, Value.Scalar>`. */
export type ScalarMap = Partial<Record<string, { value: number }>>;

/** The v1 operator calls these pages send (`POST /api/v1`). */
export type OperatorWriteCall =
  | { type: 'UPDATE_WEIGHTS'; update_weights: { weight_infos: { role: string; weight: number }[] } }
  | {
      type: 'UPDATE_QUOTA';
      update_quota: {
        force: boolean;
        quota_configs: { role: string; guarantees: ScalarMap; limits: ScalarMap }[];
      };
    }
  | {
      type: 'UPDATE_MAINTENANCE_SCHEDULE';
      update_maintenance_schedule: { schedule: MaintenanceSchedule };
    }
  | { type: 'START_MAINTENANCE'; start_maintenance: { machines: MachineId[] } }
  | { type: 'STOP_MAINTENANCE'; stop_maintenance: { machines: MachineId[] } };
