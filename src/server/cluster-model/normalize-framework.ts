import type { FrameworkDetail, FrameworkStatus } from '../../api/cluster-model';
import { asArray, asBoolean, asNumber, asString, secondsToMs, type JsonRecord } from './read-json';
import { toResourceSet } from './resources';

/**
 * A framework from `frameworks` or `completed_frameworks`. `role` (single) was replaced by `roles`
 * for MULTI_ROLE frameworks in 1.3; `connected`/`recovered` only exist from 1.0.
 */
export function normalizeFramework(raw: JsonRecord, completed: boolean): FrameworkDetail | null {
  const id = asString(raw.id);
  if (id === null) return null;
  const active = asBoolean(raw.active) ?? !completed;
  const status: FrameworkStatus = completed ? 'completed' : active ? 'active' : 'inactive';
  const roles = asArray(raw.roles).filter((role): role is string => typeof role === 'string');
  const role = asString(raw.role);
  if (roles.length === 0 && role !== null) roles.push(role);
  const webuiUrl = asString(raw.webui_url);
  return {
    id,
    name: asString(raw.name) ?? '',
    status,
    connected: asBoolean(raw.connected),
    recovered: asBoolean(raw.recovered) ?? false,
    hostname: asString(raw.hostname),
    user: asString(raw.user),
    pid: asString(raw.pid),
    principal: asString(raw.principal),
    roles,
    webuiUrl: webuiUrl === '' ? null : webuiUrl,
    registeredTime: secondsToMs(raw.registered_time),
    reregisteredTime: secondsToMs(raw.reregistered_time),
    unregisteredTime: secondsToMs(raw.unregistered_time),
    failoverTimeoutSeconds: asNumber(raw.failover_timeout),
    checkpoint: asBoolean(raw.checkpoint),
    capabilities: asArray(raw.capabilities).filter(
      (capability): capability is string => typeof capability === 'string',
    ),
    used: toResourceSet(raw.used_resources ?? raw.resources),
    offered: toResourceSet(raw.offered_resources),
    taskCounts: { active: 0, unreachable: 0, completed: 0, byState: {} },
    agentCount: 0,
    agentIds: [],
  };
}
