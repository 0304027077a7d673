import { describe, expect, it } from 'vitest';
import type { MarathonDeployment } from '../../src/api/marathon';
import { shellApp } from './testing/app-fixtures';
import { getJson, sendJson } from './testing/http';
import { useSimulatedMarathonServer, type SimulatedMarathon } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

/** A two-container pod shaped like the RAML's pod example (web with a host port, a sidecar). */
function twoContainerPod(id: string, instances = 1): Record<string, unknown> {
  return {
    id,
    scaling: { kind: 'fixed', instances },
    containers: [
      {
        name: 'web',
        resources: { cpus: 0.5, mem: 128 },
        image: { kind: 'DOCKER', id: 'nginx:1.25' },
        endpoints: [{ name: 'http', containerPort: 80, hostPort: 0, protocol: ['tcp'] }],
        healthCheck: { http: { endpoint: 'http', path: '/' } },
      },
      {
        name: 'logs',
        resources: { cpus: 0.1, mem: 32 },
        exec: { command: { shell: 'tail -f /dev/null' } },
      },
    ],
  };
}

interface PodInstanceStatus {
  id: string;
  status: string;
  agentHostname: string;
  containers: {
    name: string;
    status: string;
    containerId: string;
    endpoints: { name: string; allocatedHostPort?: number; healthy?: boolean }[];
  }[];
}

interface PodStatus {
  id: string;
  status: string;
  spec: { id: string; version: string; scaling: { instances: number } };
  instances: PodInstanceStatus[];
}

async function createRunningPod(m: SimulatedMarathon, id: string, instances = 1) {
  const reply = await sendJson('POST', m.url('/v2/pods'), twoContainerPod(id, instances));
  expect(reply.status).toBe(201);
  m.advance(5000);
  return reply;
}

describe('POST /v2/pods', () => {
  it('answers 201 with the canonical pod, its Location and a StartPod deployment', async () => {
    const m = marathon.start();
    const reply = await sendJson<Record<string, unknown>>(
      'POST',
      m.url('/v2/pods'),
      twoContainerPod('shop/cart', 2),
    );
    expect(reply.status).toBe(201);
    expect(reply.headers.get('Location')).toBe('/v2/pods/shop/cart');
    expect(reply.body).toMatchObject({
      id: '/shop/cart',
      scaling: { kind: 'fixed', instances: 2 },
      containers: [
        { name: 'web', resources: { cpus: 0.5, mem: 128, disk: 0, gpus: 0 } },
        { name: 'logs', resources: { cpus: 0.1, mem: 32, disk: 0, gpus: 0 } },
      ],
      networks: [{ mode: 'host' }],
      scheduling: { upgrade: { minimumHealthCapacity: 1, maximumOverCapacity: 1 } },
    });
    expect(typeof reply.body.version).toBe('string');
    const deployments = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(deployments.body[0]).toMatchObject({
      id: reply.headers.get('Marathon-Deployment-Id'),
      affectedApps: [],
      affectedPods: ['/shop/cart'],
      steps: [
        { actions: [{ action: 'StartPod', pod: '/shop/cart' }] },
        { actions: [{ action: 'ScalePod', pod: '/shop/cart' }] },
      ],
    });
  });

  it('refuses what Marathon refuses with 422 and the failing paths', async () => {
    const m = marathon.start();
    const reply = await sendJson('POST', m.url('/v2/pods'), {
      id: 'Bad_Id',
      containers: [
        { name: 'web', resources: { cpus: 0 } },
        { name: 'web', resources: { cpus: 1, mem: 64 } },
      ],
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      message: 'Object is not valid',
      details: expect.arrayContaining([
        { path: '/id', errors: [expect.stringContaining('must fully match')] },
        { path: '/containers(0)/resources/cpus', errors: ['error.min'] },
        { path: '/containers', errors: ['container names are unique'] },
      ]) as unknown,
    });
    const missing = await sendJson('POST', m.url('/v2/pods'), { id: '/empty', containers: [] });
    expect(missing.body).toEqual({
      message: 'Object is not valid',
      details: [{ path: '/containers', errors: ['error.minLength'] }],
    });
  });

  it('refuses a second pod with the same id with 409', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/cart');
    const again = await sendJson('POST', m.url('/v2/pods'), twoContainerPod('/cart'));
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ message: "Pod '/cart' already exists" });
  });
});

describe('pod instances', () => {
  it('land on agents through offer matching as one Mesos task per container', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/cart', 2);
    const status = (await getJson<PodStatus>(m.url('/v2/pods/cart::status'))).body;
    expect(status).toMatchObject({ id: '/cart', status: 'STABLE', spec: { id: '/cart' } });
    expect(status.instances).toHaveLength(2);
    const [first] = status.instances;
    expect(first?.id).toMatch(/^cart\.instance-[0-9a-f-]+$/);
    expect(first?.status).toBe('STABLE');
    expect(first?.containers.map((c) => [c.name, c.status])).toEqual([
      ['web', 'TASK_RUNNING'],
      ['logs', 'TASK_RUNNING'],
    ]);
    const port = first?.containers[0]?.endpoints[0]?.allocatedHostPort ?? 0;
    expect(port).toBeGreaterThanOrEqual(31000);
    expect(first?.containers[0]?.endpoints[0]?.healthy).toBe(true);
    const launches = m.scheduler.launches.filter((l) => l.taskId.startsWith(`${first?.id}.`));
    expect(launches.map((l) => l.taskId)).toEqual([`${first?.id}.web`, `${first?.id}.logs`]);
    expect(launches[0]?.resources.ports).toEqual([port]);
    expect(launches.map((l) => l.agentId)).toEqual([launches[0]?.agentId, launches[0]?.agentId]);
    // Pod containers are not /v2/tasks tasks.
    const tasks = await getJson<{ tasks: unknown[] }>(m.url('/v2/tasks'));
    expect(tasks.body.tasks).toEqual([]);
  });

  it('waits in the queue when no agent has room for all containers together', async () => {
    const m = marathon.start();
    const huge = twoContainerPod('/huge');
    const [web] = huge.containers as { resources: { cpus: number } }[];
    if (web) web.resources.cpus = 8;
    await sendJson('POST', m.url('/v2/pods'), huge);
    m.advance(5000);
    const status = (await getJson<PodStatus>(m.url('/v2/pods/huge::status'))).body;
    expect(status.instances).toEqual([]);
    expect(status.status).toBe('DEGRADED');
    const queue = await getJson<{
      queue: { pod?: { id: string }; app?: unknown; count: number }[];
    }>(m.url('/v2/queue'));
    expect(queue.body.queue).toMatchObject([{ pod: { id: '/huge' }, count: 1 }]);
    expect(queue.body.queue[0]?.app).toBeUndefined();
  });

  it('kills one instance (and Marathon replaces it) with DELETE ::instances/{id}', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/cart');
    const before = (await getJson<PodStatus>(m.url('/v2/pods/cart::status'))).body.instances;
    const id = before[0]?.id ?? '';
    const killed = await sendJson<PodInstanceStatus>(
      'DELETE',
      m.url(`/v2/pods/cart::instances/${id}`),
    );
    expect(killed.status).toBe(200);
    expect(killed.body.id).toBe(id);
    m.advance(10000);
    const after = (await getJson<PodStatus>(m.url('/v2/pods/cart::status'))).body.instances;
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(id);
    const unknown = await sendJson('DELETE', m.url('/v2/pods/cart::instances/cart.instance-x'));
    expect(unknown.status).toBe(404);
  });

  it('ends the whole instance when one container fails', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/cart');
    const [instance] = (await getJson<PodStatus>(m.url('/v2/pods/cart::status'))).body.instances;
    m.scheduler.failTask(`${instance?.id}.logs`, 'exit 1');
    expect(m.scheduler.stateOf(`${instance?.id}.web`)).toBe('TASK_KILLING');
  });
});

describe('PUT, versions and DELETE /v2/pods/{id}', () => {
  it('scales, keeps versions, and answers one version by its timestamp', async () => {
    const m = marathon.start();
    const created = await createRunningPod(m, '/cart');
    const firstVersion = (created.body as { version: string }).version;
    const scaled = await sendJson('PUT', m.url('/v2/pods/cart'), twoContainerPod('/cart', 3));
    expect(scaled.status).toBe(200);
    const deployments = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(deployments.body[0]?.steps).toEqual([
      { actions: [{ action: 'ScalePod', pod: '/cart' }] },
    ]);
    m.advance(5000);
    const versions = (await getJson<string[]>(m.url('/v2/pods/cart::versions'))).body;
    expect(versions).toHaveLength(2);
    expect(versions[1]).toBe(firstVersion);
    const old = await getJson<{ scaling: { instances: number } }>(
      m.url(`/v2/pods/cart::versions/${encodeURIComponent(firstVersion)}`),
    );
    expect(old.body.scaling.instances).toBe(1);
    const status = (await getJson<PodStatus>(m.url('/v2/pods/cart::status'))).body;
    expect(status.instances).toHaveLength(3);
  });

  it('restarts on a PUT of the unchanged spec and refuses a mismatching id with 400', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/cart');
    await sendJson('PUT', m.url('/v2/pods/cart'), twoContainerPod('/cart'));
    const deployments = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(deployments.body[0]?.steps).toEqual([
      { actions: [{ action: 'RestartPod', pod: '/cart' }] },
    ]);
    const wrong = await sendJson('PUT', m.url('/v2/pods/cart'), twoContainerPod('/other'));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ message: "'/cart' does not match definition's id ('/other')" });
  });

  it('refuses a change while a deployment holds the pod (409), unless forced', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/pods'), twoContainerPod('/cart'));
    const locked = await sendJson('PUT', m.url('/v2/pods/cart'), twoContainerPod('/cart', 2));
    expect(locked.status).toBe(409);
    const forced = await sendJson(
      'PUT',
      m.url('/v2/pods/cart?force=true'),
      twoContainerPod('/cart', 2),
    );
    expect(forced.status).toBe(200);
  });

  it('destroys with 202 and Marathon-Deployment-Id, then answers 404', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/cart');
    const reply = await fetch(m.url('/v2/pods/cart'), { method: 'DELETE' });
    expect(reply.status).toBe(202);
    expect(reply.headers.get('Marathon-Deployment-Id')).toBeTruthy();
    m.advance(5000);
    expect(m.scheduler.launches.every((l) => m.scheduler.stateOf(l.taskId) === 'TASK_KILLED')).toBe(
      true,
    );
    const gone = await getJson(m.url('/v2/pods/cart'));
    expect(gone).toMatchObject({ status: 404, body: { message: "Pod '/cart' does not exist" } });
  });

  it('lists pods and every pod status, and shows pods in the group tree', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/shop/cart');
    expect((await getJson<{ id: string }[]>(m.url('/v2/pods'))).body.map((p) => p.id)).toEqual([
      '/shop/cart',
    ]);
    const all = await getJson<PodStatus[]>(m.url('/v2/pods/::status'));
    expect(all.body.map((p) => p.id)).toEqual(['/shop/cart']);
    const group = await getJson<{ groups: { id: string; pods: { id: string }[] }[] }>(
      m.url('/v2/groups?embed=group.groups&embed=group.pods'),
    );
    expect(group.body.groups).toMatchObject([{ id: '/shop', pods: [{ id: '/shop/cart' }] }]);
  });
});

describe('group writes', () => {
  it('PUT keeps the pods of the group (a GroupUpdate names none), drops a left-out subgroup with its pods', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/shop/cart');
    await createRunningPod(m, '/shop/old/queue');
    await sendJson('POST', m.url('/v2/apps'), shellApp('/shop/web'));
    m.advance(5000);
    const reply = await sendJson('PUT', m.url('/v2/groups/shop'), {
      apps: [shellApp('api')],
      groups: [],
      // Not part of GroupUpdate (group.raml): Marathon's reader ignores it, as here.
      pods: [twoContainerPod('/shop/ignored')],
    });
    expect(reply.status).toBe(200);
    m.advance(5000);
    const pods = await getJson<{ id: string }[]>(m.url('/v2/pods'));
    expect(pods.body.map((pod) => pod.id)).toEqual(['/shop/cart']);
    const group = await getJson<{ apps: { id: string }[]; pods: { id: string }[] }>(
      m.url('/v2/groups/shop?embed=group.apps&embed=group.pods'),
    );
    expect(group.body.apps.map((app) => app.id)).toEqual(['/shop/api']);
    expect(group.body.pods.map((pod) => pod.id)).toEqual(['/shop/cart']);
  });

  it('PUT without apps or groups keeps them, as GroupUpdate.apply does', async () => {
    const m = marathon.start();
    await createRunningPod(m, '/shop/sub/cart');
    await sendJson('POST', m.url('/v2/apps'), shellApp('/shop/web'));
    m.advance(5000);
    const reply = await sendJson('PUT', m.url('/v2/groups/shop'), { dependencies: ['/db'] });
    expect(reply.status).toBe(200);
    const group = await getJson<{ apps: { id: string }[]; dependencies: string[] }>(
      m.url('/v2/groups/shop'),
    );
    expect(group.body.apps.map((app) => app.id)).toEqual(['/shop/web']);
    expect(group.body.dependencies).toEqual(['/db']);
    expect((await getJson<{ id: string }[]>(m.url('/v2/pods'))).body.map((p) => p.id)).toEqual([
      '/shop/sub/cart',
    ]);
  });

  it('creates a group with apps (201) and refuses it again with 409', async () => {
    const m = marathon.start();
    const body = { id: 'shop', apps: [shellApp('web'), shellApp('/shop/api')], dependencies: [] };
    const reply = await sendJson('POST', m.url('/v2/groups'), body);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      deploymentId: expect.any(String),
      version: expect.any(String),
    });
    const group = await getJson<{ apps: { id: string }[] }>(m.url('/v2/groups/shop'));
    expect(group.body.apps.map((a) => a.id)).toEqual(['/shop/api', '/shop/web']);
    const again = await sendJson('POST', m.url('/v2/groups'), { id: '/shop' });
    expect(again).toMatchObject({
      status: 409,
      body: { message: 'Group /shop is already created. Use PUT to change this group.' },
    });
  });

  it('creates an empty group that shows in the tree with its dependencies', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/groups'), { id: '/empty', dependencies: ['/db'] });
    const group = await getJson(m.url('/v2/groups/empty'));
    expect(group.body).toMatchObject({ id: '/empty', apps: [], groups: [], dependencies: ['/db'] });
  });

  it('refuses apps outside the group and bad apps with 422 naming the path', async () => {
    const m = marathon.start();
    const reply = await sendJson('POST', m.url('/v2/groups'), {
      id: '/shop',
      apps: [shellApp('/other/web'), shellApp('api', { cpus: -1 })],
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      message: 'Object is not valid',
      details: [
        { path: '/apps(0)/id', errors: ['identifier is not child of /shop'] },
        { path: '/apps(1)/cpus', errors: ['is less than 0.001'] },
      ],
    });
  });

  it('scales every app and pod inside by a factor, rounding up', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/groups'), {
      id: '/shop',
      apps: [shellApp('web', { instances: 1 }), shellApp('api', { instances: 3 })],
    });
    await createRunningPod(m, '/shop/cart');
    const reply = await sendJson('PUT', m.url('/v2/groups/shop'), { scaleBy: 1.5 });
    expect(reply.status).toBe(200);
    m.advance(10000);
    const group = await getJson<{ apps: { id: string; instances: number }[] }>(
      m.url('/v2/groups/shop'),
    );
    expect(group.body.apps.map((a) => [a.id, a.instances])).toEqual([
      ['/shop/api', 5],
      ['/shop/web', 2],
    ]);
    const pod = await getJson<{ scaling: { instances: number } }>(m.url('/v2/pods/shop/cart'));
    expect(pod.body.scaling.instances).toBe(2);
    const negative = await sendJson('PUT', m.url('/v2/groups/shop'), { scaleBy: -1 });
    expect(negative.status).toBe(422);
  });

  it('replaces a group on PUT: apps missing from the body are destroyed', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/groups'), {
      id: '/shop',
      apps: [shellApp('web'), shellApp('api')],
    });
    m.advance(5000);
    await sendJson('PUT', m.url('/v2/groups/shop'), { apps: [shellApp('web')] });
    m.advance(5000);
    const group = await getJson<{ apps: { id: string }[] }>(m.url('/v2/groups/shop'));
    expect(group.body.apps.map((a) => a.id)).toEqual(['/shop/web']);
  });

  it('destroys everything inside with DELETE, then the group is gone', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/groups'), { id: '/shop', apps: [shellApp('web')] });
    await createRunningPod(m, '/shop/cart');
    const reply = await sendJson('DELETE', m.url('/v2/groups/shop'));
    expect(reply.status).toBe(200);
    m.advance(5000);
    expect((await getJson(m.url('/v2/groups/shop'))).status).toBe(404);
    expect((await getJson(m.url('/v2/pods/shop/cart'))).status).toBe(404);
  });
});

describe('PUT /v2/apps with an array', () => {
  it('updates existing apps and creates new ones in one deployment', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web'));
    m.advance(5000);
    const reply = await sendJson<{ deploymentId: string }>('PUT', m.url('/v2/apps'), [
      { id: '/web', instances: 2 },
      shellApp('api'),
    ]);
    expect(reply.status).toBe(200);
    const deployments = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(deployments.body).toMatchObject([
      { id: reply.body.deploymentId, affectedApps: ['/web', '/api'] },
    ]);
    const notArray = await sendJson('PUT', m.url('/v2/apps'), { id: '/web' });
    expect(notArray.status).toBe(400);
  });
});

describe('health checks', () => {
  interface TaskReply {
    tasks: {
      id: string;
      healthCheckResults: {
        alive: boolean;
        consecutiveFailures: number;
        lastSuccess: string | null;
        lastFailure: string | null;
        lastFailureCause: string | null;
      }[];
    }[];
  }
  const check = (path: string) => ({
    protocol: 'HTTP',
    path,
    portIndex: 0,
    gracePeriodSeconds: 5,
    intervalSeconds: 2,
    maxConsecutiveFailures: 5,
  });

  it('report success with its time for a check the task answers', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web', { healthChecks: [check('/')] }));
    m.advance(10_000);
    const { tasks } = (await getJson<TaskReply>(m.url('/v2/apps/web/tasks'))).body;
    expect(tasks[0]?.healthCheckResults).toMatchObject([
      { alive: true, consecutiveFailures: 0, lastFailure: null, lastFailureCause: null },
    ]);
    expect(tasks[0]?.healthCheckResults[0]?.lastSuccess).toMatch(/^\d{4}-/);
  });

  it('count failures after the grace period, with the cause, and kill after too many', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web', { healthChecks: [check('/fail')] }));
    m.advance(3_000);
    const early = (await getJson<TaskReply>(m.url('/v2/apps/web/tasks'))).body.tasks;
    // Inside the grace period a failure of a never-healthy instance does not count.
    expect(early[0]?.healthCheckResults).toEqual([]);
    m.advance(7_000);
    const failing = (await getJson<TaskReply>(m.url('/v2/apps/web/tasks'))).body.tasks;
    expect(failing[0]?.healthCheckResults[0]).toMatchObject({
      alive: false,
      lastSuccess: null,
      lastFailureCause: 'HTTP GET /fail answered 503 Service Unavailable',
    });
    expect(failing[0]?.healthCheckResults[0]?.consecutiveFailures).toBeGreaterThan(0);
    const firstId = failing[0]?.id;
    m.advance(15_000);
    const after = (await getJson<TaskReply>(m.url('/v2/apps/web/tasks'))).body.tasks;
    expect(after.map((t) => t.id)).not.toContain(firstId);
  });

  it('fail a COMMAND check that exits non-zero', async () => {
    const m = marathon.start();
    const failing = {
      protocol: 'COMMAND',
      command: { value: 'exit 2' },
      gracePeriodSeconds: 0,
      intervalSeconds: 2,
      maxConsecutiveFailures: 0,
    };
    await sendJson('POST', m.url('/v2/apps'), shellApp('web', { healthChecks: [failing] }));
    m.advance(10_000);
    const { tasks } = (await getJson<TaskReply>(m.url('/v2/apps/web/tasks'))).body;
    expect(tasks[0]?.healthCheckResults[0]).toMatchObject({
      alive: false,
      lastFailureCause: 'Command exited with status 2',
    });
    // maxConsecutiveFailures 0: never killed for it.
    expect(tasks[0]?.healthCheckResults[0]?.consecutiveFailures).toBeGreaterThan(2);
  });
});
