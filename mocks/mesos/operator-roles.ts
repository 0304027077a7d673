/**
 * Roles, weights and quota on the simulated master, shaped as Mesos >= 1.9 writes them:
 * `/master/roles` (src/master/http.cpp `Master::Http::roles`, ancestors included since the role
 * tree of 1.10), the v1 calls `GET_ROLES`, `GET_QUOTA`, `UPDATE_WEIGHTS`, `UPDATE_QUOTA`, and the
 * older `/master/quota` (POST/DELETE, guarantees only) and `/master/weights` (PUT) endpoints.
 */
import type { MesosResources } from '../../src/api/mesos';
import type { MesosModel } from './mesos-model';
import { outstandingOffers } from './offers';
import { resourcesV1 } from './operator-json';
import type { Scalars } from './records';
import { reservationRoles, reservationV1, roleReservations, sumReservations } from './reservations';
import { addScalars, resourcesJson, round3, zeroScalars } from './resources-json';
import { mesosText } from './handlers/mesos-responses';

const QUOTA_RESOURCES = ['cpus', 'mem', 'disk', 'gpus'] as const;
type QuotaResource = (typeof QUOTA_RESOURCES)[number];
/** A quota side: only the resources that were set. */
export type QuotaScalars = Partial<Record<QuotaResource, number>>;

export interface QuotaConfig {
  guarantees: QuotaScalars;
  limits: QuotaScalars;
}

interface RoleBook {
  weights: Map<string, number>;
  quotas: Map<string, QuotaConfig>;
}

const books = new WeakMap<MesosModel, RoleBook>();

/**
 * The master's weights and quotas. A new cluster starts with a team tree: `eng` weighted 2 with
 * `eng/analytics` guaranteed part of the cluster, and `ops` capped.
 */
export function roleBook(model: MesosModel): RoleBook {
  let book = books.get(model);
  if (!book) {
    book = {
      weights: new Map([['eng', 2]]),
      quotas: new Map([
        ['eng/analytics', { guarantees: { cpus: 2, mem: 2048 }, limits: { cpus: 4, mem: 4096 } }],
        ['ops', { guarantees: {}, limits: { cpus: 1, mem: 1024 } }],
      ]),
    };
    books.set(model, book);
  }
  return book;
}

function ancestorsAndSelf(role: string): string[] {
  const parts = role.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

interface RoleUsage {
  allocated: Scalars;
  offered: Scalars;
  frameworks: string[];
}

/** Every role the master knows: with frameworks, a weight, a quota, and their ancestors. */
function knownRoles(model: MesosModel): Map<string, RoleUsage> {
  const book = roleBook(model);
  const roles = new Map<string, RoleUsage>();
  const use = (name: string) => {
    let usage = roles.get(name);
    if (!usage) {
      usage = { allocated: zeroScalars(), offered: zeroScalars(), frameworks: [] };
      roles.set(name, usage);
    }
    return usage;
  };
  for (const name of [...book.weights.keys(), ...book.quotas.keys(), ...reservationRoles(model)]) {
    for (const role of ancestorsAndSelf(name)) use(role);
  }
  for (const framework of model.frameworks.values()) {
    const usage = use(framework.role);
    usage.frameworks.push(framework.id);
    for (const task of framework.tasks.values()) addScalars(usage.allocated, task.resources);
  }
  for (const offer of outstandingOffers(model)) {
    const framework = model.frameworks.get(offer.frameworkId);
    if (framework) addScalars(use(framework.role).offered, offer.resources);
  }
  return new Map([...roles].sort(([a], [b]) => a.localeCompare(b)));
}

/** What counts against a role's quota: its own and its descendants' allocations. */
function consumed(roles: Map<string, RoleUsage>, name: string): Scalars {
  const total = zeroScalars();
  for (const [role, usage] of roles) {
    if (role === name || (name !== '*' && role.startsWith(`${name}/`))) {
      addScalars(total, usage.allocated);
    }
  }
  return total;
}

function quotaJson(scalars: QuotaScalars): MesosResources {
  const json: MesosResources = {};
  for (const name of QUOTA_RESOURCES) {
    const value = scalars[name];
    if (value !== undefined) json[name] = round3(value);
  }
  return json;
}

/** `GET /master/roles`. */
export function masterRolesJson(model: MesosModel) {
  const book = roleBook(model);
  const roles = knownRoles(model);
  return {
    roles: [...roles].map(([name, usage]) => {
      const quota = book.quotas.get(name) ?? { guarantees: {}, limits: {} };
      const allocated = resourcesJson(usage.allocated);
      return {
        name,
        weight: book.weights.get(name) ?? 1.0,
        quota: {
          role: name,
          guarantee: quotaJson(quota.guarantees),
          limit: quotaJson(quota.limits),
          consumed: resourcesJson(consumed(roles, name)),
        },
        resources: allocated,
        allocated,
        offered: resourcesJson(usage.offered),
        reserved: resourcesJson(sumReservations(roleReservations(model, name))),
        frameworks: usage.frameworks,
      };
    }),
  };
}

/** `map<string, Value.Scalar>` as protobuf JSON writes it. */
function scalarMap(scalars: QuotaScalars | Scalars): Record<string, { value: number }> {
  const map: Record<string, { value: number }> = {};
  for (const name of QUOTA_RESOURCES) {
    const value = scalars[name];
    if (value !== undefined && value !== 0) map[name] = { value: round3(value) };
  }
  return map;
}

function rolesV1(model: MesosModel) {
  const book = roleBook(model);
  const roles = knownRoles(model);
  return [...roles].map(([name, usage]) => {
    const quota = book.quotas.get(name) ?? { guarantees: {}, limits: {} };
    return {
      name,
      weight: book.weights.get(name) ?? 1.0,
      frameworks: usage.frameworks.map((value) => ({ value })),
      resources: resourcesV1(usage.allocated, [], name),
      quota: {
        role: name,
        guarantee: scalarMap(quota.guarantees),
        limit: scalarMap(quota.limits),
        consumed: scalarMap(consumed(roles, name)),
      },
      allocated: resourcesV1(usage.allocated, [], name),
      offered: resourcesV1(usage.offered, [], name),
      reserved: roleReservations(model, name).flatMap(reservationV1),
    };
  });
}

/** `QuotaStatus`: the deprecated guarantee-only `infos` and the >= 1.9 `configs`. */
function quotaStatus(model: MesosModel) {
  const quotas = [...roleBook(model).quotas];
  const scalars = (set: QuotaScalars): Scalars => ({ ...zeroScalars(), ...set });
  return {
    infos: quotas.map(([role, quota]) => ({
      role,
      guarantee: resourcesV1(scalars(quota.guarantees)),
    })),
    configs: quotas.map(([role, quota]) => ({
      role,
      guarantees: scalarMap(quota.guarantees),
      limits: scalarMap(quota.limits),
    })),
  };
}

const ROLE_NAME = /^[^/.\s][^\s]*$/;

/** Mesos' role name rules (src/common/roles.cpp `validate`), with its messages. */
function roleError(role: unknown): string | undefined {
  if (typeof role !== 'string' || role === '') return 'Role name must not be empty';
  if (
    !ROLE_NAME.test(role) ||
    role.split('/').some((part) => part === '' || part === '.' || part === '..')
  ) {
    return `Role '${role}' is invalid: it must be '/'-separated names without whitespace`;
  }
  return undefined;
}

function parseScalarMap(value: unknown, side: string, role: string): QuotaScalars | string {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) return `Expecting '${side}' to be an object`;
  const out: QuotaScalars = {};
  for (const [name, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!(QUOTA_RESOURCES as readonly string[]).includes(name)) {
      return `Invalid QuotaConfig: role '${role}' ${side} names '${name}', which is not a quota resource`;
    }
    const number = (entry as { value?: unknown } | null)?.value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
      return `Expecting '${side}.${name}.value' to be a number`;
    }
    if (number < 0) {
      return `Invalid QuotaConfig: negative ${side} '${name}:${number}' for role '${role}'`;
    }
    out[name as QuotaResource] = number;
  }
  return out;
}

function clusterTotal(model: MesosModel): Scalars {
  const total = zeroScalars();
  for (const agent of model.agents) if (!agent.unreachable) addScalars(total, agent.total);
  return total;
}

function updateQuota(model: MesosModel, body: unknown): Response {
  const update = (body ?? {}) as { force?: unknown; quota_configs?: unknown };
  if (!Array.isArray(update.quota_configs)) {
    return mesosText(
      400,
      "Failed to validate master::Call: Expecting 'update_quota' to be present",
    );
  }
  const next = new Map<string, QuotaConfig>();
  for (const config of update.quota_configs as {
    role?: unknown;
    guarantees?: unknown;
    limits?: unknown;
  }[]) {
    const invalid = roleError(config.role);
    if (invalid) return mesosText(400, `Invalid QuotaConfig: ${invalid}`);
    const role = config.role as string;
    if (role === '*') {
      return mesosText(
        400,
        "Invalid QuotaConfig: setting quota for the default '*' role is not supported",
      );
    }
    const guarantees = parseScalarMap(config.guarantees, 'guarantees', role);
    if (typeof guarantees === 'string') return mesosText(400, guarantees);
    const limits = parseScalarMap(config.limits, 'limits', role);
    if (typeof limits === 'string') return mesosText(400, limits);
    for (const name of QUOTA_RESOURCES) {
      const guarantee = guarantees[name];
      const limit = limits[name];
      if (guarantee !== undefined && limit !== undefined && guarantee > limit) {
        return mesosText(
          400,
          `Invalid QuotaConfig: role '${role}' guarantees '${name}:${guarantee}' above its limit '${name}:${limit}'`,
        );
      }
    }
    next.set(role, { guarantees, limits });
  }
  const book = roleBook(model);
  if (update.force !== true) {
    // Without force the master refuses guarantees the cluster cannot hold (UPDATE_QUOTA docs).
    const merged = new Map([...book.quotas, ...next]);
    const guaranteed = zeroScalars();
    for (const quota of merged.values())
      addScalars(guaranteed, { ...zeroScalars(), ...quota.guarantees });
    const total = clusterTotal(model);
    const over = QUOTA_RESOURCES.find((name) => guaranteed[name] > total[name] + 1e-9);
    if (over) {
      return mesosText(
        400,
        `Invalid QuotaConfig: total quota guarantees '${over}:${round3(guaranteed[over])}' exceed the cluster's '${over}:${round3(total[over])}' (use 'force' to bypass this check)`,
      );
    }
  }
  for (const [role, quota] of next) {
    // A config with neither guarantees nor limits puts the role back to the default (no quota).
    if (Object.keys(quota.guarantees).length === 0 && Object.keys(quota.limits).length === 0) {
      book.quotas.delete(role);
    } else {
      book.quotas.set(role, quota);
    }
  }
  return new Response(null, { status: 200 });
}

function updateWeights(model: MesosModel, infos: unknown): Response | undefined {
  if (!Array.isArray(infos)) return undefined;
  const next: [string, number][] = [];
  for (const info of infos as { role?: unknown; weight?: unknown }[]) {
    const invalid = roleError(info.role);
    if (invalid) return mesosText(400, invalid);
    if (typeof info.weight !== 'number' || !(info.weight > 0)) {
      return mesosText(
        400,
        `Invalid weight '${String(info.weight)}' for role '${String(info.role)}': weights must be positive`,
      );
    }
    next.push([info.role as string, info.weight]);
  }
  const { weights } = roleBook(model);
  for (const [role, weight] of next) {
    if (weight === 1) weights.delete(role);
    else weights.set(role, weight);
  }
  return new Response(null, { status: 200 });
}

export const jsonReply = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

/** The roles and quota calls of `POST /api/v1`; undefined for other call types. */
export function rolesCall(model: MesosModel, call: Record<string, unknown>): Response | undefined {
  switch (call['type']) {
    case 'GET_ROLES':
      return jsonReply({ type: 'GET_ROLES', get_roles: { roles: rolesV1(model) } });
    case 'GET_QUOTA':
      return jsonReply({ type: 'GET_QUOTA', get_quota: { status: quotaStatus(model) } });
    case 'UPDATE_QUOTA':
      return updateQuota(model, call['update_quota']);
    case 'UPDATE_WEIGHTS':
      return (
        updateWeights(
          model,
          (call['update_weights'] as { weight_infos?: unknown } | undefined)?.weight_infos,
        ) ??
        mesosText(400, "Failed to validate master::Call: Expecting 'update_weights' to be present")
      );
    default:
      return undefined;
  }
}

/** `GET /master/quota` (QuotaStatus) and `GET /master/weights` (a list of WeightInfo). */
export const ROLES_READS = {
  '/quota': quotaStatus,
  '/weights': (model: MesosModel) =>
    [...roleBook(model).weights].map(([role, weight]) => ({ role, weight })),
};

/**
 * The writes before UPDATE_QUOTA: POST `/master/quota` `{role, guarantee, force}` for a role
 * without quota, DELETE `/master/quota/<role>`, PUT `/master/weights` with a list.
 */
export function legacyRolesWrite(
  model: MesosModel,
  method: string,
  route: string,
  body: unknown,
): Response | undefined {
  const book = roleBook(model);
  if (route === '/weights' && method === 'PUT') {
    return updateWeights(model, body) ?? mesosText(400, 'Expecting a JSON array of weight infos');
  }
  if (route === '/quota' && method === 'POST') {
    const { role, guarantee, force } = (body ?? {}) as {
      role?: unknown;
      guarantee?: unknown;
      force?: unknown;
    };
    if (typeof role === 'string' && book.quotas.has(role)) {
      return mesosText(
        400,
        'Failed to validate set quota request: Quota cannot be set for a role that already has quota',
      );
    }
    if (!Array.isArray(guarantee)) {
      return mesosText(
        400,
        "Failed to validate set quota request: Expecting 'guarantee' to be present",
      );
    }
    const guarantees: Record<string, { value: unknown }> = {};
    for (const resource of guarantee as { name?: unknown; scalar?: { value?: unknown } }[]) {
      if (typeof resource.name === 'string') {
        guarantees[resource.name] = { value: resource.scalar?.value };
      }
    }
    return updateQuota(model, { force, quota_configs: [{ role, guarantees }] });
  }
  if (route.startsWith('/quota/') && method === 'DELETE') {
    const role = decodeURIComponent(route.slice('/quota/'.length));
    if (!book.quotas.delete(role)) {
      return mesosText(
        400,
        `Failed to validate remove quota request: No quota set for role '${role}'`,
      );
    }
    return new Response(null, { status: 200 });
  }
  return undefined;
}

/** The request's JSON body, or a libprocess 400 naming what did not parse. */
export async function readJson(request: Request): Promise<{ body: unknown } | Response> {
  try {
    return { body: JSON.parse(await request.text()) as unknown };
  } catch (error) {
    return mesosText(400, `Failed to parse body into JSON: ${(error as Error).message}`);
  }
}
