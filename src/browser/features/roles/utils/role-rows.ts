import type { MesosResources } from '../../../../api/mesos';
import type { MesosRole, QuotaStatus } from '../../../../api/mesos-operator';
import { RESOURCE_NAMES, type ResourceName } from '../../../shared/resources/resource-names';

/** One side of a quota: only the resources that are set. */
export type QuotaSide = Partial<Record<ResourceName, number>>;

export interface RoleRow {
  name: string;
  /** The last path segment, shown indented under its parent. */
  leaf: string;
  depth: number;
  /** A parent the master did not list (masters before the 1.10 role tree list leaves only). */
  implicit: boolean;
  weight: number | null;
  guarantee: QuotaSide;
  limit: QuotaSide;
  consumed: QuotaSide;
  allocated: QuotaSide;
  reserved: QuotaSide;
  offered: QuotaSide;
  frameworks: string[];
}

/** Scalars of a v0 resources object or of a list of v1 `Resource`s (older quota shapes). */
export function scalarsOf(resources: unknown): QuotaSide {
  const side: QuotaSide = {};
  const add = (name: string, value: unknown) => {
    if ((RESOURCE_NAMES as readonly string[]).includes(name) && typeof value === 'number') {
      side[name as ResourceName] = (side[name as ResourceName] ?? 0) + value;
    }
  };
  if (Array.isArray(resources)) {
    for (const resource of resources as { name?: unknown; scalar?: { value?: unknown } }[]) {
      if (typeof resource.name === 'string') add(resource.name, resource.scalar?.value);
    }
  } else if (typeof resources === 'object' && resources !== null) {
    for (const [name, value] of Object.entries(resources as MesosResources)) add(name, value);
  }
  return side;
}

/** `reserved` is flat on newer masters and keyed by role on older ones. */
function reservedOf(reserved: MesosRole['reserved']): QuotaSide {
  if (!reserved) return {};
  const values = Object.values(reserved);
  if (values.some((value) => typeof value === 'object' && value !== null)) {
    const total: QuotaSide = {};
    for (const value of values) {
      for (const [name, amount] of Object.entries(scalarsOf(value))) {
        total[name as ResourceName] = (total[name as ResourceName] ?? 0) + amount;
      }
    }
    return total;
  }
  return scalarsOf(reserved);
}

/** Zero amounts say nothing on the page: an unset side and a zero side read the same. */
export function nonZero(side: QuotaSide): QuotaSide {
  return Object.fromEntries(Object.entries(side).filter(([, value]) => value !== 0));
}

/** A `map<string, Value.Scalar>` as scalars. */
function scalarMapOf(map: Partial<Record<string, { value: number }>> | undefined): QuotaSide {
  return scalarsOf(Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, v?.value])));
}

/**
 * Quota from `/master/quota` for roles whose `/master/roles` entry has none (masters before 1.9
 * write quota only there): a role with quota but no framework is listed too.
 */
function withQuota(roles: readonly MesosRole[], quota: QuotaStatus | undefined): MesosRole[] {
  const merged = new Map(roles.map((role) => [role.name, role]));
  const limits = new Map((quota?.configs ?? []).map((config) => [config.role, config]));
  for (const info of quota?.infos ?? []) {
    const role = merged.get(info.role) ?? { name: info.role, weight: 1 };
    if (role.quota) continue;
    const config = limits.get(info.role);
    merged.set(info.role, {
      ...role,
      quota: config
        ? { guarantee: scalarMapOf(config.guarantees), limit: scalarMapOf(config.limits) }
        : { guarantee: info.guarantee ?? [] },
    });
  }
  return [...merged.values()];
}

/** The roles in tree order (each parent before its children), missing parents filled in. */
export function roleRows(listed: readonly MesosRole[], quota?: QuotaStatus): RoleRow[] {
  const roles = withQuota(listed, quota);
  const byName = new Map(roles.map((role) => [role.name, role]));
  const names = new Set<string>();
  for (const role of roles) {
    const parts = role.name.split('/');
    parts.forEach((_, index) => names.add(parts.slice(0, index + 1).join('/')));
  }
  const sorted = [...names].sort((a, b) => {
    // '*' first, then a path order in which 'eng' precedes 'eng/x' and 'eng-ops'.
    if (a === '*' || b === '*') return a === '*' ? -1 : 1;
    return a.split('/').join('\u0000').localeCompare(b.split('/').join('\u0000'));
  });
  return sorted.map((name) => {
    const role = byName.get(name);
    const parts = name.split('/');
    return {
      name,
      leaf: parts[parts.length - 1] ?? name,
      depth: parts.length - 1,
      implicit: role === undefined,
      weight: role?.weight ?? null,
      guarantee: nonZero(scalarsOf(role?.quota?.guarantee)),
      limit: nonZero(scalarsOf(role?.quota?.limit)),
      consumed: nonZero(scalarsOf(role?.quota?.consumed)),
      allocated: nonZero(scalarsOf(role?.allocated ?? role?.resources)),
      reserved: nonZero(reservedOf(role?.reserved)),
      offered: nonZero(scalarsOf(role?.offered)),
      frameworks: role?.frameworks ?? [],
    };
  });
}
