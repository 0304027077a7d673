/** `/ping`, `/v2/info` and `DELETE /v2/leader` (abdication). */
import { json, type Route, type RouteContext } from './route-context';

export const MARATHON_VERSION = '1.6.590';

function portOf(address: string): number {
  return Number(address.split(':').at(-1));
}

function info({ instances, servedBy, frameworkId, mesosMasterAddress }: RouteContext): Response {
  const address = instances.address(servedBy);
  const hostname = address.split(':')[0] ?? address;
  const master = mesosMasterAddress();
  return json({
    name: 'marathon',
    version: MARATHON_VERSION,
    buildref: 'f9e1b2a6e2f6b7e2c2a7f0d8b5c2e4b6d1a0c3f7',
    elected: true,
    leader: address,
    frameworkId,
    marathon_config: {
      access_control_allow_origin: null,
      checkpoint: true,
      decline_offer_duration: 120000,
      default_network_name: null,
      env_vars_prefix: null,
      executor: '//cmd',
      failover_timeout: 604800,
      features: [],
      framework_name: 'marathon',
      ha: true,
      hostname,
      launch_token: 100,
      launch_token_refresh_interval: 30000,
      leader_proxy_connection_timeout_ms: 5000,
      leader_proxy_read_timeout_ms: 10000,
      local_port_max: 20000,
      local_port_min: 10000,
      master,
      max_instances_per_offer: 5,
      mesos_bridge_name: 'mesos-bridge',
      mesos_heartbeat_failure_threshold: 5,
      mesos_heartbeat_interval: 15000,
      mesos_leader_ui_url: `http://${master}/`,
      mesos_role: null,
      mesos_user: 'root',
      min_revive_offers_interval: 5000,
      offer_matching_timeout: 3000,
      on_elected_prepare_timeout: 180000,
      reconciliation_initial_delay: 15000,
      reconciliation_interval: 600000,
      scale_apps_initial_delay: 15000,
      scale_apps_interval: 300000,
      store_cache: true,
      task_launch_confirm_timeout: 300000,
      task_launch_timeout: 300000,
      task_lost_expunge_initial_delay: 300000,
      task_lost_expunge_interval: 30000,
      task_reservation_timeout: 20000,
      webui_url: null,
    },
    zookeeper_config: {
      zk: 'zk://zk-1.mesos.test:2181,zk-2.mesos.test:2181,zk-3.mesos.test:2181/marathon',
      zk_compression: true,
      zk_compression_threshold: 65536,
      zk_connection_timeout: 10000,
      zk_max_node_size: 1024000,
      zk_max_versions: 50,
      zk_session_timeout: 10000,
      zk_timeout: 10000,
    },
    http_config: { http_port: portOf(address), https_port: 8443 },
  });
}

export const infoRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/ping$/,
    handle: () => new Response('pong', { headers: { 'Content-Type': 'text/plain' } }),
  },
  { method: 'GET', pattern: /^\/v2\/info\/?$/, handle: info },
  {
    method: 'DELETE',
    pattern: /^\/v2\/leader\/?$/,
    handle: ({ instances, servedBy }) => {
      // The abdicating Marathon exits; a new election follows after a short delay.
      const response = json({ message: 'Leadership abdicated' });
      instances.stopInstance(servedBy);
      return response;
    },
  },
];
