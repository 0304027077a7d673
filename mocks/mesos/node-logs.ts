/**
 * The masters' and agents' own glog files, served by their files API at `/master/log` and
 * `/slave/log` (Mesos attaches them when it runs with --log_dir). Generated like the sandbox logs:
 * fixed-width lines from templates, so any offset is exact and nothing is held in memory.
 */
import type { SandboxFile } from './agent-sandbox';
import { GeneratedLog, type LogSpec } from './generated-log';
import type { MesosModel } from './mesos-model';
import type { AgentRecord, MasterRecord } from './records';

export const MASTER_LOG_PATH = '/master/log';
export const AGENT_LOG_PATH = '/slave/log';
export const LOG_DIR = '/var/log/mesos';

/** `2024-01-15T08:00:01.250Z` -> glog's `I0115 08:00:01.250000`. */
function glog(level: 'I' | 'W', iso: string): string {
  return `${level}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 23)}000`;
}

function masterSpec(master: MasterRecord): LogSpec {
  return {
    header: [
      `Log file created at: ${new Date(master.startTime).toISOString()}`,
      'Running on machine: ' + master.address.slice(0, master.address.lastIndexOf(':')),
      'Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg',
      '',
    ].join('\n'),
    templates: [
      (seq, iso) =>
        `${glog('I', iso)}  2141 master.cpp:9145] Performing implicit task state reconciliation; seq=${seq}\n`,
      (seq, iso) =>
        `${glog('I', iso)}  2139 http.cpp:1115] HTTP GET for /master/state from 10.0.0.8:41826; seq=${seq}\n`,
      (seq, iso) =>
        `${glog('I', iso)}  2141 hierarchical.cpp:1844] Performed allocation for 3 agents; seq=${seq}\n`,
      (seq, iso) =>
        `${glog('W', iso)}  2140 master.cpp:5633] 信息: 框架请求的资源暂不可用; seq=${seq}\n`,
    ],
    intervalMs: 1_000,
  };
}

function agentSpec(agent: AgentRecord): LogSpec {
  return {
    header: [
      `Log file created at: ${new Date(agent.registeredTime).toISOString()}`,
      `Running on machine: ${agent.hostname}`,
      'Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg',
      '',
    ].join('\n'),
    templates: [
      (seq, iso) =>
        `${glog('I', iso)}  3312 slave.cpp:8461] Current disk usage 12.04%. Max allowed age: 5.457d; seq=${seq}\n`,
      (seq, iso) =>
        `${glog('I', iso)}  3309 status_update_manager_process.hpp:152] Received status update; seq=${seq}\n`,
      (seq, iso) =>
        `${glog('I', iso)}  3311 http.cpp:1115] HTTP GET for /slave(1)/state from 10.0.0.8:50122; seq=${seq}\n`,
    ],
    intervalMs: 2_000,
  };
}

/** Per node, its log and the start it was made for (a restarted master starts a new file). */
const logs = new WeakMap<MasterRecord | AgentRecord, { start: number; log: GeneratedLog }>();

/** The node's log as of now, or undefined when `path` is not its log. */
export function openNodeLog(
  model: MesosModel,
  node: { master: MasterRecord } | { agent: AgentRecord },
  path: string,
): SandboxFile | undefined {
  if (path !== ('master' in node ? MASTER_LOG_PATH : AGENT_LOG_PATH)) return undefined;
  const record = 'master' in node ? node.master : node.agent;
  const start = 'master' in node ? node.master.startTime : node.agent.registeredTime;
  let entry = logs.get(record);
  if (entry?.start !== start) {
    const spec = 'master' in node ? masterSpec(node.master) : agentSpec(node.agent);
    entry = { start, log: new GeneratedLog(spec, start) };
    logs.set(record, entry);
  }
  const { log } = entry;
  const lines = log.lineCount(model.now());
  return {
    size: log.size(lines),
    mtime: log.lastWrite(model.now()),
    read: (offset, length) => log.read(offset, length, lines),
  };
}
