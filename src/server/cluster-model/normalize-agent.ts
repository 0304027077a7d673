import type { AgentRow, ResourceSet } from '../../api/cluster-model';
import {
  asBoolean,
  asNumber,
  asRecord,
  asString,
  isRecord,
  secondsToMs,
  type JsonRecord,
} from './read-json';
import { toResourceSet } from './resources';
import { upidAddress, upidPort } from './upid';

/** The agent's default port, for `recovered_slaves` entries that have neither `pid` nor `port`. */
const DEFAULT_AGENT_PORT = 5051;

/**
 * One entry of `slaves` (every generation) or `recovered_slaves` (1.x, a SlaveInfo without pid).
 * Task counts and framework ids are filled in once all tasks are read.
 */
export function normalizeAgent(raw: JsonRecord, recovered: boolean): AgentRow | null {
  const id = asString(raw.id);
  if (id === null) return null;
  const hostname = asString(raw.hostname) ?? '';
  const pid = asString(raw.pid) ?? '';
  const port = asNumber(raw.port) ?? upidPort(pid) ?? DEFAULT_AGENT_PORT;
  const faultDomain = asRecord(asRecord(raw.domain).fault_domain);
  return {
    id,
    hostname,
    pid,
    address: upidAddress(pid) ?? `${hostname}:${port}`,
    port,
    active: recovered ? false : (asBoolean(raw.active) ?? true),
    recovered,
    version: asString(raw.version),
    registeredTime: secondsToMs(raw.registered_time),
    reregisteredTime: secondsToMs(raw.reregistered_time),
    total: toResourceSet(raw.resources),
    used: toResourceSet(raw.used_resources),
    offered: toResourceSet(raw.offered_resources),
    reserved: reservedByRole(raw.reserved_resources),
    attributes: attributesOf(raw.attributes),
    region: asString(asRecord(faultDomain.region).name),
    zone: asString(asRecord(faultDomain.zone).name),
    taskCounts: { active: 0, unreachable: 0, completed: 0, byState: {} },
    frameworkIds: [],
  };
}

function reservedByRole(value: unknown): Record<string, ResourceSet> {
  const reserved: Record<string, ResourceSet> = {};
  if (!isRecord(value)) return reserved;
  for (const [role, resources] of Object.entries(value)) reserved[role] = toResourceSet(resources);
  return reserved;
}

/** v0 writes attributes as `{name: text | number}`; ranges and sets arrive already as text. */
function attributesOf(value: unknown): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (!isRecord(value)) return attributes;
  for (const [name, attribute] of Object.entries(value)) {
    if (typeof attribute === 'string' || typeof attribute === 'number') {
      attributes[name] = String(attribute);
    }
  }
  return attributes;
}
