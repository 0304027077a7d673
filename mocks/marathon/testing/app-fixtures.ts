/** App definitions the tests post, shaped like the ones operators write. */
export const shellApp = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  cmd: 'sleep 1000',
  cpus: 0.1,
  mem: 32,
  instances: 1,
  ...extra,
});

/** A shell app with at most one instance per agent (`hostname UNIQUE`). */
export const onePerHostApp = (id: string, instances: number) =>
  shellApp(id, { instances, constraints: [['hostname', 'UNIQUE']] });

/** Marathon 1.4 networking form: `container.docker.network` + `docker.portMappings`. */
export const dockerAppOldForm = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  cpus: 0.2,
  mem: 32,
  instances: 1,
  container: {
    type: 'DOCKER',
    docker: {
      image: 'docker.io/nginx',
      network: 'BRIDGE',
      portMappings: [{ containerPort: 80, hostPort: 0, servicePort: 0, protocol: 'tcp' }],
    },
  },
  ...extra,
});

/** Marathon 1.5+ networking form: `networks` + `container.portMappings`. */
export const dockerAppNewForm = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  cpus: 0.2,
  mem: 32,
  instances: 1,
  networks: [{ mode: 'container/bridge' }],
  container: {
    type: 'DOCKER',
    docker: { image: 'docker.io/nginx' },
    portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
  },
  ...extra,
});

/** The smallest pod Marathon takes: one container running a shell command. */
export const shellPod = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  scaling: { kind: 'fixed', instances: 1 },
  containers: [
    { name: 'web', resources: { cpus: 0.1, mem: 32 }, exec: { command: { shell: 'sleep 1000' } } },
  ],
  ...extra,
});
