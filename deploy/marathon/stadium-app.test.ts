import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatedCluster, serveCluster, type ServedCluster } from '../../mocks/index';
import { FLAGS, envName, parseCliFlags } from '../../src/server/cli-flags';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));

interface StadiumApp {
  instances: number;
  constraints: string[][];
  container: {
    type: string;
    docker: { image: string };
    portMappings: { name: string; containerPort: number; hostPort: number }[];
    volumes: { containerPath: string; hostPath: string; mode: string }[];
  };
  networks: { mode: string }[];
  env: Record<string, string>;
  args: string[];
  healthChecks: { protocol: string; path: string; portIndex: number }[];
  readinessChecks: { protocol: string; path: string; portName: string }[];
  labels: Record<string, string>;
  taskKillGracePeriodSeconds: number;
}

const app = readJson('./stadium.json') as StadiumApp;
const THIS_FILE = fileURLToPath(import.meta.url);
const validate = new Ajv({ allErrors: true, strictTuples: false }).compile(
  readJson('./app-definition.schema.json') as object,
);

describe('deploy/marathon/stadium.json', () => {
  it('is a valid app definition', () => {
    expect(validate(app), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [{ ...app, someField: 1 }, ''],
    [{ ...app, id: '/Stadium' }, '/id'],
    [
      { ...app, healthChecks: [{ ...app.healthChecks[0], protocol: 'PING' }] },
      '/healthChecks/0/protocol',
    ],
    [{ ...app, constraints: [['hostname', 'ONCE']] }, '/constraints/0/1'],
    [{ ...app, networks: [{ mode: 'BRIDGE' }] }, '/networks/0/mode'],
    [
      { ...app, readinessChecks: [{ ...app.readinessChecks[0], portIndex: 0 }] },
      '/readinessChecks/0',
    ],
    [{ ...app, env: { STADIUM_PORT: 8090 } }, '/env/STADIUM_PORT'],
  ])('the schema would reject a broken variant (%#)', (variant, path) => {
    expect(validate(variant)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(path);
  });

  it('runs two Docker instances on different hosts, on the bridge network with a mapped container port', () => {
    expect(app.instances).toBe(2);
    expect(app.constraints).toContainEqual(['hostname', 'UNIQUE']);
    expect(app.container.type).toBe('DOCKER');
    expect(app.networks).toEqual([{ mode: 'container/bridge' }]);
    const [http] = app.container.portMappings;
    expect(http).toMatchObject({
      name: 'http',
      containerPort: Number(app.env.STADIUM_PORT),
      hostPort: 0,
    });
    expect(app.env.STADIUM_HOST).toBe('0.0.0.0');
    // Longer than Stadium's own 10 s drain on SIGTERM, so Marathon's kill does not cut it short.
    expect(app.taskKillGracePeriodSeconds).toBeGreaterThan(10);
  });

  it('checks health on /healthz through Mesos and readiness on /readyz through the named port', () => {
    expect(app.healthChecks).toEqual([
      expect.objectContaining({ protocol: 'MESOS_HTTP', path: '/healthz', portIndex: 0 }),
    ]);
    expect(app.readinessChecks).toEqual([
      expect.objectContaining({ protocol: 'HTTP', path: '/readyz', portName: 'http' }),
    ]);
  });

  it('is published by marathon-lb on the virtual host Stadium is told it serves', () => {
    expect(app.labels.HAPROXY_GROUP).toBe('external');
    expect(new URL(app.env.STADIUM_PUBLIC_URL ?? '').host).toBe(app.labels.HAPROXY_0_VHOST);
  });

  it('reads its secrets from files every instance mounts from the same host path (one shared session key)', () => {
    const mount = app.container.volumes.find((volume) => volume.containerPath === '/etc/stadium');
    expect(mount).toEqual({ containerPath: '/etc/stadium', hostPath: '/etc/stadium', mode: 'RO' });
    for (const name of ['STADIUM_OPERATORS', 'STADIUM_VIEWERS', 'STADIUM_SESSION_KEY_FILE']) {
      expect(app.env[name], name).toMatch(/^\/etc\/stadium\//);
    }
    // Their variables would hold the secret itself, so the credential files come as flags.
    for (const flag of ['--mesos-credentials', '--marathon-credentials']) {
      expect(app.args[app.args.indexOf(flag) + 1], flag).toMatch(/^\/etc\/stadium\//);
    }
  });

  it('configures Stadium only through variables its flags define, with values they accept', () => {
    const known = new Set(Object.keys(FLAGS).map(envName));
    const variables = Object.keys(app.env);
    expect(variables.filter((name) => !known.has(name))).toEqual([]);
    // The secret files live on the agents; any readable file stands in for them here.
    const onAgent = (value: string) => (value.startsWith('/etc/stadium/') ? THIS_FILE : value);
    const env = Object.fromEntries(
      Object.entries(app.env).map(([name, value]) => [name, onAgent(value)]),
    );
    expect(parseCliFlags(app.args.map(onAgent), env)).toMatchObject({
      kind: 'run',
      options: { host: '0.0.0.0', port: 8090, logFormat: 'json' },
    });
  });
});

describe('the simulated Marathon', () => {
  let served: ServedCluster;
  const cluster = createSimulatedCluster();

  beforeAll(async () => {
    served = await serveCluster(cluster, { host: '127.0.0.1' });
  });
  afterAll(async () => {
    await served.close();
  });

  it('accepts the app and places one instance per host', async () => {
    const leader = cluster.marathon.instances().findIndex((instance) => instance.leader);
    const marathon = served.marathonUrls[leader] ?? '';
    const created = await fetch(`${marathon}/v2/apps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(app),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    cluster.advance(30_000);
    const { app: running } = (await (
      await fetch(`${marathon}/v2/apps/stadium?embed=app.tasks`)
    ).json()) as {
      app: { tasks: { host: string }[] };
    };
    const hosts = running.tasks.map((task) => task.host);
    expect(hosts).toHaveLength(2);
    expect(new Set(hosts).size).toBe(2);
  });
});
