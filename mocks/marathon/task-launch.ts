/** The Mesos TaskInfo Marathon builds for one instance of an app. */
import type { MesosContainerInfo, MesosLabel } from '../../src/api/mesos';
import type { TaskLaunch } from '../contracts';
import { networkModeOf } from './app-canonical';
import { isObject, type JsonObject } from './json';

/** Marathon's `PathId.toHostname`: `/prod/web` -> `web.prod` (task name and discovery name). */
export function appHostname(appId: string): string {
  return appId.split('/').filter(Boolean).reverse().join('.');
}

interface PortInfo {
  hostPort?: number;
  containerPort?: number;
  protocol: string;
  name?: string;
}

/** Port mappings/definitions with the host ports this instance got, in port order. */
export function portsWithHostPorts(app: JsonObject, hostPorts: number[]): PortInfo[] {
  const queue = [...hostPorts];
  if (networkModeOf(app) === 'host') {
    const definitions = (app.portDefinitions as JsonObject[] | undefined) ?? [];
    return definitions.map((d) => ({
      hostPort: queue.shift(),
      protocol: String(d.protocol ?? 'tcp'),
      ...(typeof d.name === 'string' ? { name: d.name } : {}),
    }));
  }
  const container = isObject(app.container) ? app.container : {};
  const mappings = (container.portMappings as JsonObject[] | undefined) ?? [];
  return mappings.map((m) => {
    const hostPort = m.hostPort === undefined ? undefined : queue.shift();
    const declared = Number(m.containerPort ?? 0);
    return {
      ...(hostPort !== undefined ? { hostPort } : {}),
      // containerPort 0 means "the same as the assigned host port".
      containerPort: declared === 0 && hostPort !== undefined ? hostPort : declared,
      protocol: String(m.protocol ?? 'tcp'),
      ...(typeof m.name === 'string' ? { name: m.name } : {}),
    };
  });
}

function containerInfo(app: JsonObject, ports: PortInfo[]): MesosContainerInfo | undefined {
  const container = isObject(app.container) ? app.container : undefined;
  if (!container) return undefined;
  const docker = isObject(container.docker) ? container.docker : undefined;
  const volumes = ((container.volumes as JsonObject[] | undefined) ?? [])
    .filter((v) => typeof v.hostPath === 'string')
    .map((v) => ({
      container_path: String(v.containerPath),
      host_path: String(v.hostPath),
      mode: v.mode === 'RO' ? ('RO' as const) : ('RW' as const),
    }));
  if (container.type === 'DOCKER' && docker) {
    const mode = networkModeOf(app);
    const network = mode === 'host' ? 'HOST' : mode === 'container/bridge' ? 'BRIDGE' : 'USER';
    return {
      type: 'DOCKER',
      docker: {
        image: String(docker.image),
        network,
        ...(network === 'HOST'
          ? {}
          : {
              port_mappings: ports
                .filter((p) => p.hostPort !== undefined)
                .map((p) => ({
                  host_port: p.hostPort as number,
                  container_port: p.containerPort ?? 0,
                  protocol: p.protocol,
                })),
            }),
        privileged: docker.privileged === true,
        force_pull_image: docker.forcePullImage === true,
      },
      ...(volumes.length > 0 ? { volumes } : {}),
    };
  }
  return {
    type: 'MESOS',
    ...(docker
      ? { mesos: { image: { type: 'DOCKER', docker: { name: String(docker.image) } } } }
      : {}),
    ...(volumes.length > 0 ? { volumes } : {}),
  };
}

export function buildTaskLaunch(
  app: JsonObject,
  taskId: string,
  agentId: string,
  hostPorts: number[],
): TaskLaunch {
  const appId = String(app.id);
  const ports = portsWithHostPorts(app, hostPorts);
  const labels: MesosLabel[] = Object.entries((app.labels as Record<string, string>) ?? {}).map(
    ([key, value]) => ({ key, value }),
  );
  const args = Array.isArray(app.args) ? (app.args as string[]) : undefined;
  const command =
    typeof app.cmd === 'string' ? app.cmd : args && !app.container ? args.join(' ') : undefined;
  const container = containerInfo(app, ports);
  return {
    taskId,
    name: appHostname(appId),
    agentId,
    resources: {
      cpus: Number(app.cpus),
      mem: Number(app.mem),
      disk: Number(app.disk),
      gpus: Number(app.gpus),
      ports: hostPorts,
    },
    ...(command !== undefined ? { command } : {}),
    ...(container ? { container } : {}),
    ...(labels.length > 0 ? { labels } : {}),
    discovery: {
      name: appHostname(appId),
      ports: ports.map((p) => ({
        number: p.hostPort ?? p.containerPort ?? 0,
        protocol: p.protocol,
        ...(p.name ? { name: p.name } : {}),
      })),
    },
  };
}
