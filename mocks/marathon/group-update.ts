/**
 * A `GroupUpdate` body (POST/PUT /v2/groups) flattened: the canonical apps of the whole subtree
 * and the groups it names with their `dependencies`. Ids are resolved against the enclosing group
 * as Marathon does; an app outside its group, or a bad id, is a 422 with the offending path.
 */
import { MarathonApiError, objectNotValid, type Violation } from './api-error';
import { parseAppDefinition } from './app-definition';
import { isObject, type JsonObject } from './json';
import { canonicalPath, parentGroups, pathIdErrors } from './path-id';

export interface GroupUpdate {
  id: string;
  apps: JsonObject[];
  groups: Map<string, string[]>;
  /** Per group of the update (the root included): whether it gave `apps` and `groups`. */
  given: Map<string, { apps: boolean; groups: boolean }>;
}

const resolve = (id: string, base: string): string =>
  canonicalPath(id.startsWith('/') ? id : `${base}/${id}`);

function stringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function collect(
  body: unknown,
  base: string,
  path: string,
  out: GroupUpdate,
  problems: Violation[],
): void {
  if (!isObject(body) || typeof body.id !== 'string') {
    problems.push({ path: `${path}/id`, errors: ['error.path.missing'] });
    return;
  }
  const idErrors = pathIdErrors(body.id);
  if (idErrors.length > 0) {
    problems.push({ path: `${path}/id`, errors: idErrors });
    return;
  }
  const id = resolve(body.id, base);
  if (body.dependencies !== undefined && !stringArray(body.dependencies)) {
    problems.push({ path: `${path}/dependencies`, errors: ['error.expected.jsarray'] });
  }
  out.groups.set(
    id,
    stringArray(body.dependencies) ? body.dependencies.map((d) => resolve(d, id)) : [],
  );
  out.given.set(id, { apps: body.apps !== undefined, groups: body.groups !== undefined });
  const apps = body.apps ?? [];
  const groups = body.groups ?? [];
  if (!Array.isArray(apps))
    problems.push({ path: `${path}/apps`, errors: ['error.expected.jsarray'] });
  if (!Array.isArray(groups)) {
    problems.push({ path: `${path}/groups`, errors: ['error.expected.jsarray'] });
  }
  (Array.isArray(apps) ? apps : []).forEach((app: unknown, i) => {
    const at = `${path}/apps(${i})`;
    const appId = isObject(app) && typeof app.id === 'string' ? resolve(app.id, id) : undefined;
    if (appId === undefined || !appId.startsWith(`${id === '/' ? '' : id}/`)) {
      problems.push({ path: `${at}/id`, errors: [`identifier is not child of ${id}`] });
      return;
    }
    try {
      out.apps.push(parseAppDefinition({ ...(app as JsonObject), id: appId }));
    } catch (error) {
      if (!(error instanceof MarathonApiError)) throw error;
      const { details = [] } = error.body;
      if (typeof details === 'string') problems.push({ path: at, errors: [details] });
      else
        for (const d of details)
          problems.push({ path: `${at}${d.path === '/' ? '' : d.path}`, errors: d.errors });
    }
  });
  (Array.isArray(groups) ? groups : []).forEach((group: unknown, i) =>
    collect(group, id, `${path}/groups(${i})`, out, problems),
  );
}

/**
 * What a group PUT removes among `appIds` and `podIds`, as Marathon's `GroupUpdate.apply`: a
 * group's `apps` replace the apps directly in it (absent: kept); its `groups` replace its
 * subgroups (absent: kept), and a subgroup left out goes with all it holds. A GroupUpdate names
 * no pods (group.raml), so pods directly in an updated group stay (`pods = current.pods`).
 */
export function removedByUpdate(update: GroupUpdate, appIds: string[], podIds: string[]): string[] {
  const kept = new Set(update.apps.map((app) => String(app.id)));
  const pods = new Set(podIds);
  return [...appIds, ...podIds].filter((id) => {
    const chain = parentGroups(id);
    const updated = chain.findLast((group) => update.given.has(group));
    if (updated === undefined) return false;
    const given = update.given.get(updated) ?? { apps: false, groups: false };
    if (chain.at(-1) !== updated) return given.groups;
    return !pods.has(id) && given.apps && !kept.has(id);
  });
}

export function parseGroupUpdate(body: unknown, parent: string): GroupUpdate {
  const out: GroupUpdate = { id: '/', apps: [], groups: new Map(), given: new Map() };
  const problems: Violation[] = [];
  collect(body, parent, '', out, problems);
  if (problems.length > 0) throw objectNotValid(problems);
  out.id = [...out.groups.keys()][0] ?? parent;
  out.groups.delete('/');
  return out;
}
