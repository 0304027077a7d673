import type { MarathonApp, MarathonQueueItem } from '../../../../api/marathon';
import { appHealth, healthCategory, HEALTH_FILTERS, type HealthFilter } from './app-health';
import { appStatus, APP_STATUSES, queueItemOf, type AppStatus } from './app-status';

/** The list's state as the URL holds it, so a filtered view can be shared. */
export interface AppFilters {
  /** Substring of the full app path, case-insensitive. */
  q: string;
  status: AppStatus[];
  health: HealthFilter[];
  /** `key` or `key:value`. */
  label: string;
  /** The folder being browsed (`/` at the top). */
  group: string;
}

const pick = <T extends string>(values: readonly string[], allowed: readonly T[]): T[] =>
  allowed.filter((value) => values.includes(value));

export function readFilters(params: URLSearchParams): AppFilters {
  const group = params.get('group') ?? '/';
  return {
    q: params.get('q') ?? '',
    status: pick(params.getAll('status'), APP_STATUSES),
    health: pick(params.getAll('health'), HEALTH_FILTERS),
    label: params.get('label') ?? '',
    group: group.startsWith('/') ? group : `/${group}`,
  };
}

export function writeFilters(filters: AppFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.group !== '/') params.set('group', filters.group);
  if (filters.q !== '') params.set('q', filters.q);
  // In a fixed order, so the same filters always make the same URL.
  for (const status of pick(filters.status, APP_STATUSES)) params.append('status', status);
  for (const health of pick(filters.health, HEALTH_FILTERS)) params.append('health', health);
  if (filters.label !== '') params.set('label', filters.label);
  return params;
}

/** Search and filters look across every folder; browsing a folder does not. */
export function isFiltering(filters: AppFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    filters.status.length > 0 ||
    filters.health.length > 0 ||
    filters.label !== ''
  );
}

/** Every `key:value` the apps carry, for the label filter's choices. */
export function labelChoices(apps: readonly MarathonApp[]): string[] {
  const choices = new Set<string>();
  for (const app of apps) {
    for (const [key, value] of Object.entries(app.labels ?? {})) choices.add(`${key}:${value}`);
  }
  return [...choices].sort();
}

function matchesLabel(app: MarathonApp, label: string): boolean {
  const separator = label.indexOf(':');
  const key = separator < 0 ? label : label.slice(0, separator);
  const labels = app.labels ?? {};
  if (!Object.hasOwn(labels, key)) return false;
  return separator < 0 || labels[key] === label.slice(separator + 1);
}

export function filterApps(
  apps: readonly MarathonApp[],
  queue: readonly MarathonQueueItem[] | undefined,
  filters: AppFilters,
): MarathonApp[] {
  const q = filters.q.trim().toLowerCase();
  return apps.filter((app) => {
    if (q !== '' && !app.id.toLowerCase().includes(q)) return false;
    if (filters.status.length > 0) {
      const status = appStatus(app, queueItemOf(queue, app.id));
      if (!filters.status.includes(status)) return false;
    }
    if (filters.health.length > 0 && !filters.health.includes(healthCategory(appHealth(app)))) {
      return false;
    }
    return filters.label === '' || matchesLabel(app, filters.label);
  });
}
