/** `/master/flags` (and `state.flags`): string values, as Mesos writes every flag. */
import type { MesosModel } from './mesos-model';
import {
  MAX_COMPLETED_FRAMEWORKS,
  MAX_COMPLETED_TASKS_PER_FRAMEWORK,
  WORK_DIR,
} from './mesos-model';
import { LOG_DIR } from './node-logs';
import type { MasterRecord } from './records';

export function masterFlags(model: MesosModel, self: MasterRecord): Record<string, string> {
  const host = self.address.slice(0, self.address.lastIndexOf(':'));
  const port = self.address.slice(self.address.lastIndexOf(':') + 1);
  const zkHosts = model.masters.map((_, i) => `zk-${i + 1}.mesos.test:2181`).join(',');
  return {
    agent_ping_timeout: '15secs',
    allocation_interval: '1secs',
    allocator: 'hierarchical',
    authenticate_agents: 'false',
    authenticate_frameworks: 'false',
    authenticate_http_readonly: 'false',
    authenticate_http_readwrite: 'false',
    cluster: 'stadium-simulated',
    framework_sorter: 'drf',
    hostname: host,
    hostname_lookup: 'false',
    ip: host,
    log_auto_initialize: 'true',
    log_dir: LOG_DIR,
    logging_level: 'INFO',
    max_agent_ping_timeouts: '5',
    max_completed_frameworks: String(MAX_COMPLETED_FRAMEWORKS),
    max_completed_tasks_per_framework: String(MAX_COMPLETED_TASKS_PER_FRAMEWORK),
    max_unreachable_tasks_per_framework: '1000',
    offer_timeout: '2mins',
    port,
    quorum: String(Math.floor(model.masters.length / 2) + 1),
    registry: 'replicated_log',
    registry_store_timeout: '20secs',
    root_submissions: 'true',
    webui_dir: '/usr/share/mesos/webui',
    work_dir: WORK_DIR,
    zk: `zk://${zkHosts}/mesos`,
    zk_session_timeout: '10secs',
  };
}
