import {
  closeSync,
  createWriteStream,
  openSync,
  readSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import type { AuditEntry } from '../../api/access';
import type { StadiumLog } from '../leaders/leader-state';

/** Entries kept in memory for the Audit page (and read back from --audit-log at start). */
export const AUDIT_ENTRIES_KEPT = 1_000;
/** At start only the file's tail is read back: a year of writes need not be in memory. */
const TAIL_BYTES = 1024 * 1024;

export interface AuditQuery {
  user?: string;
  /** Substring of the target or the upstream path. */
  target?: string;
  limit: number;
}

/**
 * Every write that passed Stadium, one JSON line each in --audit-log and in the log. No bodies, no
 * headers: only the target id taken from them, so no secret can end up here.
 */
export class AuditTrail {
  private readonly entries: AuditEntry[] = [];
  private readonly stream: WriteStream | undefined;

  constructor(
    private readonly file: string | undefined,
    private readonly log: StadiumLog,
  ) {
    if (file === undefined) return;
    this.entries.push(...readTail(file));
    // Opened now so that a path that cannot be written fails the start, not the first write.
    closeSync(openSync(file, 'a', 0o600));
    this.stream = createWriteStream(file, { flags: 'a', mode: 0o600 });
    this.stream.on('error', (error) => this.log(`audit: cannot write ${file}: ${error.message}`));
  }

  record(entry: AuditEntry): void {
    const line = JSON.stringify(entry);
    this.entries.push(entry);
    if (this.entries.length > AUDIT_ENTRIES_KEPT) this.entries.shift();
    this.log(`audit: ${line}`);
    this.stream?.write(`${line}\n`);
  }

  /** Newest first. */
  latest(query: AuditQuery): AuditEntry[] {
    const target = query.target?.toLowerCase();
    const found: AuditEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && found.length < query.limit; i--) {
      const entry = this.entries[i] as AuditEntry;
      if (query.user !== undefined && entry.user !== query.user) continue;
      if (
        target !== undefined &&
        !(entry.target ?? '').toLowerCase().includes(target) &&
        !entry.path.toLowerCase().includes(target)
      ) {
        continue;
      }
      found.push(entry);
    }
    return found;
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    await new Promise<void>((resolve) => stream.end(resolve));
  }
}

function readTail(file: string): AuditEntry[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return [];
  }
  const length = Math.min(size, TAIL_BYTES);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  const lines = buffer.toString('utf8').split('\n');
  // A tail that starts mid-line drops the partial first line.
  if (length < size) lines.shift();
  const entries: AuditEntry[] = [];
  for (const line of lines.slice(-AUDIT_ENTRIES_KEPT)) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as Partial<AuditEntry>;
      if (typeof value.time === 'string' && typeof value.path === 'string') {
        entries.push(value as AuditEntry);
      }
    } catch {
      // A line cut by a crash mid-write: skipped, the rest of the trail still counts.
    }
  }
  return entries;
}

const MARATHON_TARGET =
  /^\/v2\/(?:apps|pods|deployments|queue|groups)(\/[^?]*?)(?:(?:\/|::)(?:tasks|delay|restart|versions|instances|status)(?:\/[^?]*)?)?(?:\?|$)/;

/**
 * What a write acts on: the id in its body (Marathon's app or pod `id`, a Mesos `frameworkId`,
 * `agent_id`...), else the id in its path.
 */
export function auditTarget(
  path: string,
  body: Buffer | undefined,
  contentType: string,
): string | undefined {
  const fromBody = body && body.length > 0 ? bodyTarget(body, contentType) : undefined;
  if (fromBody !== undefined) return fromBody;
  const mesos = /^\/api\/mesos(\/[^?]*)/.exec(path)?.[1];
  if (mesos !== undefined) {
    const operator = mesosOperatorTarget(mesos, body);
    if (operator !== undefined) return operator;
  }
  const agent = /^\/api\/agents\/([^/?]+)/.exec(path);
  if (agent?.[1]) return decodeURIComponent(agent[1]);
  const marathon = /^\/api\/marathon(\/.*)$/.exec(path);
  const match = marathon?.[1] ? MARATHON_TARGET.exec(marathon[1]) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** v1 calls that replace the whole maintenance schedule (and the v0 endpoint that does). */
const SCHEDULE_TARGET = 'maintenance schedule';

/**
 * What a Mesos operator write without an agent or framework id acts on: the roles of a weight or
 * quota change (v1 `UPDATE_WEIGHTS`/`UPDATE_QUOTA`, v0 `/quota`, `/weights`), the machines put
 * down or up, or the schedule as a whole (an update replaces every window at once).
 */
function mesosOperatorTarget(path: string, body: Buffer | undefined): string | undefined {
  const quotaRole = /^\/(?:master\/)?quota\/(.+)$/.exec(path)?.[1];
  if (quotaRole) return decodeURIComponent(quotaRole);
  if (/^\/(?:master\/)?maintenance\/schedule$/.test(path)) return SCHEDULE_TARGET;
  let value: unknown;
  try {
    value = body && body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
  if ((value as { type?: unknown } | undefined)?.type === 'UPDATE_MAINTENANCE_SCHEDULE') {
    return SCHEDULE_TARGET;
  }
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const machine = record['hostname'] ?? record['ip'];
    if (typeof record['role'] === 'string') names.add(record['role']);
    else if (typeof machine === 'string') names.add(machine);
    else Object.values(record).forEach(visit);
  };
  visit(value);
  return names.size > 0 ? [...names].join(', ') : undefined;
}

function bodyTarget(body: Buffer, contentType: string): string | undefined {
  const text = body.toString('utf8');
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(text);
    for (const name of ['frameworkId', 'framework_id', 'slaveId', 'agentId']) {
      const value = form.get(name);
      if (value) return value;
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first !== 'object' || first === null) return undefined;
  const record = first as Record<string, unknown>;
  if (typeof record['id'] === 'string') return record['id'];
  for (const name of ['agent_id', 'framework_id', 'slave_id']) {
    const nested = record[name];
    if (typeof nested === 'object' && nested !== null) {
      const id = (nested as Record<string, unknown>)['value'];
      if (typeof id === 'string') return id;
    }
  }
  // The v1 operator API nests its call: {"type":"TEARDOWN","teardown":{"framework_id":{...}}}.
  for (const nested of Object.values(record)) {
    if (typeof nested === 'object' && nested !== null && !Array.isArray(nested)) {
      const id = bodyTarget(Buffer.from(JSON.stringify(nested)), 'application/json');
      if (id !== undefined) return id;
    }
  }
  return undefined;
}
