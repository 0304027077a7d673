/**
 * An agent's files API view of its executor sandboxes. Nothing is stored per path: a path is
 * parsed back into (framework, executor, container) and the task's generated logs answer.
 * Each sandbox is reachable under its real directory, the deprecated `runs/latest` link and
 * the 1.5+ virtual `/frameworks/<fw>/executors/<exec>/runs/latest`.
 */
import type { MesosFileInfo } from '../../src/api/mesos';
import { GeneratedLog } from './generated-log';
import { WORK_DIR } from './mesos-model';
import type { AgentRecord, TaskRecord } from './records';
import { sandboxLogs } from './sandbox-content';

export const SANDBOX_FILES = ['stderr', 'stdout'] as const;
type SandboxFileName = (typeof SANDBOX_FILES)[number];

export type SandboxEntry =
  | { kind: 'directory'; path: string; task: TaskRecord }
  | { kind: 'file'; path: string; task: TaskRecord; name: SandboxFileName };

export function sandboxDirectory(agent: AgentRecord, task: TaskRecord): string {
  return `${WORK_DIR}/slaves/${agent.id}/frameworks/${task.frameworkId}/executors/${task.id}/runs/${task.containerId}`;
}

function normalize(path: string): string {
  const collapsed = path.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** Resolve a files-API path on `agent`, or undefined when nothing is attached there. */
export function resolveSandboxPath(agent: AgentRecord, rawPath: string): SandboxEntry | undefined {
  const path = normalize(rawPath);
  const agentPrefix = `${WORK_DIR}/slaves/${agent.id}`;
  let rest: string;
  if (path.startsWith(`${agentPrefix}/frameworks/`)) rest = path.slice(agentPrefix.length);
  else if (path.startsWith('/frameworks/')) rest = path;
  else return undefined;
  // rest = /frameworks/<fw>/executors/<exec>/runs/<run>[/<file>]
  const parts = rest.split('/');
  const [, frameworksWord, frameworkId, executorsWord, executorId, runsWord, run, file, ...extra] =
    parts;
  if (frameworksWord !== 'frameworks' || executorsWord !== 'executors' || runsWord !== 'runs') {
    return undefined;
  }
  if (!executorId || !run || extra.length > 0) return undefined;
  const task = agent.tasks.get(executorId) ?? agent.completed.get(executorId);
  if (!task || task.frameworkId !== frameworkId) return undefined;
  const virtual = rest === path;
  if (run !== 'latest' && (virtual || run !== task.containerId)) return undefined;
  if (file === undefined) return { kind: 'directory', path, task };
  const name = SANDBOX_FILES.find((candidate) => candidate === file);
  return name ? { kind: 'file', path, task, name } : undefined;
}

/** The task's logs, generated from the moment it started running (less the backlog). */
function logsOf(agent: AgentRecord, task: TaskRecord, backlogMs: number): TaskRecord['logs'] {
  if (task.runningSince === null) return null;
  if (!task.logs) {
    const docker = task.container?.docker;
    const hostPort = docker?.port_mappings?.[0]?.host_port;
    const specs = sandboxLogs({
      taskId: task.id,
      agentHostname: agent.hostname,
      ...(task.command !== undefined && { command: task.command }),
      ...(docker && { image: docker.image }),
      ...(hostPort !== undefined && { hostPort }),
    });
    task.logs = {
      stdout: new GeneratedLog(specs.stdout, task.runningSince - backlogMs),
      stderr: new GeneratedLog(specs.stderr, task.runningSince - backlogMs),
    };
  }
  return task.logs;
}

export interface SandboxFile {
  size: number;
  /** Model ms of the last write. */
  mtime: number;
  read(offset: number, length: number): Uint8Array<ArrayBuffer>;
}

/** A file's contents as of model time `now`; `backlogMs` as MesosModel.logBacklogMs. */
export function openSandboxFile(
  agent: AgentRecord,
  task: TaskRecord,
  name: SandboxFileName,
  now: number,
  backlogMs = 0,
): SandboxFile {
  const created = task.statuses[0]?.timestamp ?? now;
  const log = logsOf(agent, task, backlogMs)?.[name];
  if (!log) return { size: 0, mtime: created, read: () => new Uint8Array(0) };
  const until = Math.min(now, task.endedAt ?? now);
  const lines = log.lineCount(until);
  return {
    size: log.size(lines),
    mtime: log.lastWrite(until),
    read: (offset, length) => log.read(offset, length, lines),
  };
}

export function fileInfo(
  path: string,
  entry: { directory: boolean; size: number; mtime: number },
): MesosFileInfo {
  return {
    path,
    nlink: entry.directory ? 2 : 1,
    size: entry.size,
    mtime: Math.floor(entry.mtime / 1000),
    mode: entry.directory ? 'drwxr-xr-x' : '-rw-r--r--',
    uid: 'root',
    gid: 'root',
  };
}

/** `/files/browse` listing: a directory's entries, or a file's own entry. */
export function browseSandbox(
  agent: AgentRecord,
  entry: SandboxEntry,
  now: number,
  backlogMs = 0,
): MesosFileInfo[] {
  if (entry.kind === 'file') {
    const file = openSandboxFile(agent, entry.task, entry.name, now, backlogMs);
    return [fileInfo(entry.path, { directory: false, size: file.size, mtime: file.mtime })];
  }
  return SANDBOX_FILES.map((name) => {
    const file = openSandboxFile(agent, entry.task, name, now, backlogMs);
    return fileInfo(`${entry.path}/${name}`, {
      directory: false,
      size: file.size,
      mtime: file.mtime,
    });
  });
}
