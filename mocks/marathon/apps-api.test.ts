import { describe, expect, it } from 'vitest';
import type { MarathonApp, MarathonDeployment, MarathonGroup } from '../../src/api/marathon';
import { dockerAppNewForm, dockerAppOldForm, shellApp } from './testing/app-fixtures';
import { getJson, sendJson } from './testing/http';
import { useSimulatedMarathonServer, type SimulatedMarathon } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

type AppReply = { app: MarathonApp };
type AppsReply = { apps: MarathonApp[] };

async function createAndRun(m: SimulatedMarathon, app: Record<string, unknown>) {
  const reply = await sendJson<MarathonApp>('POST', m.url('/v2/apps'), app);
  expect(reply.status).toBe(201);
  m.advance(5000);
  return reply;
}

async function showApp(m: SimulatedMarathon, id: string): Promise<MarathonApp> {
  return (await getJson<AppReply>(m.url(`/v2/apps${id}`))).body.app;
}

describe('POST /v2/apps', () => {
  it('answers 201 with Location, Marathon-Deployment-Id and the created AppInfo', async () => {
    const m = marathon.start();
    const reply = await sendJson<MarathonApp>('POST', m.url('/v2/apps'), shellApp('web'));
    expect(reply.status).toBe(201);
    expect(reply.headers.get('Location')).toBe('/v2/apps/web');
    const deploymentId = reply.headers.get('Marathon-Deployment-Id');
    expect(reply.body).toMatchObject({
      id: '/web',
      cmd: 'sleep 1000',
      instances: 1,
      tasksStaged: 0,
      tasksRunning: 0,
      tasksHealthy: 0,
      tasksUnhealthy: 0,
      deployments: [{ id: deploymentId }],
      portDefinitions: [{ port: 10000, name: 'default', protocol: 'tcp' }],
      networks: [{ mode: 'host' }],
      upgradeStrategy: { minimumHealthCapacity: 1, maximumOverCapacity: 1 },
    });
    expect(reply.body.version).toBe(reply.body.versionInfo?.lastConfigChangeAt);
  });

  it('deploys with StartApplication then ScaleApplication and ends with the task running', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web', { instances: 2 }));
    const open = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(open.body).toHaveLength(1);
    expect(open.body[0]).toMatchObject({
      affectedApps: ['/web'],
      steps: [
        { actions: [{ action: 'StartApplication', app: '/web' }] },
        { actions: [{ action: 'ScaleApplication', app: '/web' }] },
      ],
      currentActions: [{ action: 'ScaleApplication', app: '/web', readinessCheckResults: [] }],
      currentStep: 2,
      totalSteps: 2,
    });
    m.advance(5000);
    const app = await showApp(m, '/web');
    expect(app.tasksRunning).toBe(2);
    expect(app.deployments).toEqual([]);
    expect(app.tasks?.map((t) => t.state)).toEqual(['TASK_RUNNING', 'TASK_RUNNING']);
    expect((await getJson(m.url('/v2/deployments'))).body).toEqual([]);
  });

  it('refuses an existing id with 409 and no deployments key', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('existing-app'));
    const reply = await sendJson('POST', m.url('/v2/apps'), shellApp('/existing-app'));
    expect(reply.status).toBe(409);
    expect(reply.body).toEqual({ message: 'An app with id [/existing-app] already exists.' });
  });

  it('answers unparseable JSON with 400 "Invalid JSON" and details as a string', async () => {
    const m = marathon.start();
    const reply = await sendJson<{ message: string; details: unknown }>(
      'POST',
      m.url('/v2/apps'),
      '{ "id" "nginx", "cpus": 0.2 }',
    );
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe('Invalid JSON');
    expect(reply.body.details).toEqual(expect.stringContaining('line: 1, column: 8'));
  });

  it('answers a wrong JSON type with 400 and {path, errors} details', async () => {
    const m = marathon.start();
    const reply = await sendJson('POST', m.url('/v2/apps'), { ...shellApp('x'), id: 5 });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      message: 'Invalid JSON',
      details: [{ path: '/id', errors: ['error.expected.jsstring'] }],
    });
  });

  it('answers validation failures with 422 "Object is not valid" and Marathon paths', async () => {
    const m = marathon.start();
    const strategy = await sendJson(
      'POST',
      m.url('/v2/apps'),
      shellApp('x', { upgradeStrategy: { minimumHealthCapacity: 1.5 } }),
    );
    expect(strategy.status).toBe(422);
    expect(strategy.body).toEqual({
      message: 'Object is not valid',
      details: [{ path: '/upgradeStrategy/minimumHealthCapacity', errors: ['is greater than 1'] }],
    });

    const several = await sendJson<{ details: unknown[] }>(
      'POST',
      m.url('/v2/apps'),
      dockerAppNewForm('Bad_Id', {
        cpus: 0,
        instances: -1,
        constraints: [
          ['hostname', 'UNIQUE', 'x'],
          ['rack', 'MAX_PER'],
          ['hostname', 'SOMETIMES'],
        ],
        container: {
          type: 'DOCKER',
          docker: { image: 'nginx' },
          portMappings: [{ containerPort: 80, hostPort: 70000 }],
        },
      }),
    );
    expect(several.status).toBe(422);
    expect(several.body.details).toEqual(
      expect.arrayContaining([
        {
          path: '/id',
          errors: [expect.stringContaining('must fully match regular expression')],
        },
        { path: '/cpus', errors: ['is less than 0.001'] },
        { path: '/instances', errors: ['is less than 0'] },
        { path: '/constraints(0)', errors: ['Value specified but not used'] },
        { path: '/constraints(1)', errors: ['Value was not specified or is not a number'] },
        {
          path: '/constraints(2)',
          errors: [expect.stringContaining('Constraint operator must be one of the following')],
        },
        { path: '/container/portMappings(0)/hostPort', errors: ['is greater than 65535'] },
      ]),
    );
  });

  it('requires cmd, args or a container', async () => {
    const m = marathon.start();
    const reply = await sendJson('POST', m.url('/v2/apps'), { id: 'empty' });
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual({
      message: 'Object is not valid',
      details: [
        {
          path: '/',
          errors: [
            "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.",
          ],
        },
      ],
    });
  });
});

describe('networking forms', () => {
  it('accepts the 1.4 form and writes the canonical 1.5+ form', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), dockerAppOldForm('old-form'));
    const app = await showApp(m, '/old-form');
    expect(app.networks).toEqual([{ mode: 'container/bridge' }]);
    expect(app.container?.docker).toEqual({
      forcePullImage: false,
      image: 'docker.io/nginx',
      parameters: [],
      privileged: false,
    });
    expect(app.container?.portMappings).toEqual([
      { containerPort: 80, hostPort: 0, labels: {}, protocol: 'tcp', servicePort: 10000 },
    ]);
    expect(app.portDefinitions).toBeUndefined();
  });

  it('accepts the 1.5+ form with the same result', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), dockerAppNewForm('new-form'));
    const app = await showApp(m, '/new-form');
    expect(app.networks).toEqual([{ mode: 'container/bridge' }]);
    expect(app.container?.portMappings?.[0]).toMatchObject({ containerPort: 80, hostPort: 0 });
  });

  it('refuses docker.network together with networks (422, checked before normalisation)', async () => {
    const m = marathon.start();
    const mixed = dockerAppOldForm('mixed', { networks: [{ mode: 'container/bridge' }] });
    const reply = await sendJson('POST', m.url('/v2/apps'), mixed);
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual({
      message: 'Object is not valid',
      details: [
        { path: '/', errors: ['must not specify both container.docker.network and networks'] },
      ],
    });
  });

  it('answers both portMappings forms together with the normalisation error as 500', async () => {
    const m = marathon.start();
    const app = dockerAppOldForm('mixed');
    const reply = await sendJson('POST', m.url('/v2/apps'), {
      ...app,
      container: { ...app.container, portMappings: [{ containerPort: 8080 }] },
    });
    expect(reply.status).toBe(500);
    expect(reply.body).toEqual({
      message: 'cannot specify both portMappings and docker.portMappings',
    });
  });

  it('reads the seed form ["hostname","UNIQUE",""] as the two-element constraint', async () => {
    const m = marathon.start();
    await sendJson(
      'POST',
      m.url('/v2/apps'),
      dockerAppOldForm('nginx', { constraints: [['hostname', 'UNIQUE', '']] }),
    );
    expect((await showApp(m, '/nginx')).constraints).toEqual([['hostname', 'UNIQUE']]);
  });
});

describe('GET /v2/apps', () => {
  it('always adds counts and deployments, and embeds tasks, lastTaskFailure and taskStats', async () => {
    const m = marathon.start();
    await createAndRun(m, shellApp('web', { labels: { env: 'prod' } }));
    const plain = await getJson<AppsReply>(m.url('/v2/apps'));
    expect(plain.body.apps[0]).toMatchObject({ tasksRunning: 1, deployments: [] });
    expect(plain.body.apps[0]?.tasks).toBeUndefined();

    const taskId = plain.body.apps[0] && (await showApp(m, '/web')).tasks?.[0]?.id;
    m.scheduler.failTask(String(taskId), 'exit code 1');
    const embedded = await getJson<AppsReply>(
      m.url('/v2/apps?embed=apps.tasks&embed=apps.lastTaskFailure&embed=apps.taskStats'),
    );
    const app = embedded.body.apps[0];
    expect(app?.tasks).toEqual([]);
    expect(app?.lastTaskFailure).toMatchObject({
      appId: '/web',
      taskId,
      state: 'TASK_FAILED',
      message: 'exit code 1',
    });
    m.advance(5000);
    const stats = await getJson<AppsReply>(m.url('/v2/apps?embed=apps.taskStats'));
    expect(stats.body.apps[0]?.taskStats?.totalSummary?.stats.counts).toEqual({
      staged: 0,
      running: 1,
      healthy: 0,
      unhealthy: 0,
    });
  });

  it('filters by id substring, cmd and label selector', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('prod/web', { labels: { env: 'prod' } }));
    await sendJson(
      'POST',
      m.url('/v2/apps'),
      shellApp('dev/web', { cmd: 'python -m http.server' }),
    );
    const ids = async (query: string) =>
      (await getJson<AppsReply>(m.url(`/v2/apps?${query}`))).body.apps.map((a) => a.id);
    expect(await ids('id=prod')).toEqual(['/prod/web']);
    expect(await ids('cmd=python')).toEqual(['/dev/web']);
    expect(await ids(`label=${encodeURIComponent('env==prod')}`)).toEqual(['/prod/web']);
    expect(await ids(`label=${encodeURIComponent('env!=prod')}`)).toEqual(['/dev/web']);
  });

  it('answers an unknown app with 404 and lists a group with /*', async () => {
    const m = marathon.start();
    const missing = await getJson(m.url('/v2/apps/not_existent'));
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: "App '/not_existent' does not exist" });
    await sendJson('POST', m.url('/v2/apps'), shellApp('prod/web'));
    const group = await getJson<{ '*': MarathonApp[] }>(m.url('/v2/apps/prod/*'));
    expect(group.body['*'].map((a) => a.id)).toEqual(['/prod/web']);
  });
});

describe('PUT, PATCH and DELETE /v2/apps/{id}', () => {
  it('scales with PUT {instances} without restarting running tasks', async () => {
    const m = marathon.start();
    await createAndRun(m, shellApp('web'));
    const before = (await showApp(m, '/web')).tasks?.map((t) => t.id) ?? [];
    const reply = await sendJson<{ deploymentId: string; version: string }>(
      'PUT',
      m.url('/v2/apps/web'),
      { instances: 3 },
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Marathon-Deployment-Id')).toBe(reply.body.deploymentId);
    const deployments = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(deployments.body[0]?.steps).toEqual([
      { actions: [{ action: 'ScaleApplication', app: '/web' }] },
    ]);
    m.advance(5000);
    const app = await showApp(m, '/web');
    expect(app.tasksRunning).toBe(3);
    expect(app.tasks?.map((t) => t.id)).toEqual(expect.arrayContaining(before));
    expect(app.versionInfo?.lastScalingAt).toBe(reply.body.version);
    expect(app.versionInfo?.lastConfigChangeAt).not.toBe(reply.body.version);
  });

  it('replaces tasks on a config change (RestartApplication) and keeps other fields', async () => {
    const m = marathon.start();
    await createAndRun(m, shellApp('web', { mem: 64 }));
    const before = (await showApp(m, '/web')).tasks?.[0]?.id;
    await sendJson('PUT', m.url('/v2/apps/web'), { cmd: 'sleep 2000' });
    const deployments = await getJson<MarathonDeployment[]>(m.url('/v2/deployments'));
    expect(deployments.body[0]?.currentActions[0]?.action).toBe('RestartApplication');
    m.advance(8000);
    const app = await showApp(m, '/web');
    expect(app).toMatchObject({ cmd: 'sleep 2000', mem: 64, tasksRunning: 1, deployments: [] });
    expect(app.tasks?.[0]?.id).not.toBe(before);
  });

  it('replaces the whole definition with partialUpdate=false', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web', { mem: 64 }));
    await sendJson('PUT', m.url('/v2/apps/web?partialUpdate=false&force=true'), {
      cmd: 'sleep 5',
    });
    expect((await showApp(m, '/web')).mem).toBe(128);
  });

  it('creates a missing app with PUT (201), and PATCH of a missing app is 404', async () => {
    const m = marathon.start();
    const created = await sendJson('PUT', m.url('/v2/apps/fresh'), shellApp('fresh'));
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe('/v2/apps/fresh');
    const patch = await sendJson('PATCH', m.url('/v2/apps/ghost'), { instances: 2 });
    expect(patch.status).toBe(404);
  });

  it('keeps versions and rolls back with PUT {version}', async () => {
    const m = marathon.start();
    const created = await createAndRun(m, shellApp('web'));
    await sendJson('PUT', m.url('/v2/apps/web'), { cmd: 'sleep 2000' });
    m.advance(8000);
    const versions = await getJson<{ versions: string[] }>(m.url('/v2/apps/web/versions'));
    expect(versions.body.versions).toHaveLength(2);
    expect(versions.body.versions[1]).toBe(created.body.version);

    const old = await getJson<MarathonApp>(m.url(`/v2/apps/web/versions/${created.body.version}`));
    const encoded = await getJson<MarathonApp>(
      m.url(`/v2/apps/web/versions/${encodeURIComponent(created.body.version)}`),
    );
    expect(encoded.body).toEqual(old.body);
    expect(old.body).toMatchObject({
      id: '/web',
      cmd: 'sleep 1000',
      version: created.body.version,
    });
    expect(old.body.tasksRunning).toBeUndefined();

    const mixed = await sendJson('PUT', m.url('/v2/apps/web'), {
      version: created.body.version,
      cmd: 'x',
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body).toEqual({
      message: 'Object is not valid',
      details: [
        { path: '/', errors: ["The 'version' field may only be combined with the 'id' field."] },
      ],
    });

    const rollback = await sendJson('PUT', m.url('/v2/apps/web'), {
      version: created.body.version,
    });
    expect(rollback.status).toBe(200);
    m.advance(8000);
    expect((await showApp(m, '/web')).cmd).toBe('sleep 1000');
    const unknown = await getJson(m.url('/v2/apps/web/versions/2001-01-01T00:00:00.000Z'));
    expect(unknown.status).toBe(404);
  });

  it('restarts with POST /restart, replacing every task', async () => {
    const m = marathon.start();
    await createAndRun(m, shellApp('web'));
    const before = (await showApp(m, '/web')).tasks?.[0]?.id;
    const reply = await sendJson('POST', m.url('/v2/apps/web/restart'));
    expect(reply.status).toBe(200);
    m.advance(8000);
    const app = await showApp(m, '/web');
    expect(app.tasks?.map((t) => t.id)).not.toContain(before);
    expect(app.tasksRunning).toBe(1);
    expect((await sendJson('POST', m.url('/v2/apps/ghost/restart'))).status).toBe(404);
  });

  it('destroys with DELETE (force by default, even while locked) and kills the tasks', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web'));
    const reply = await sendJson('DELETE', m.url('/v2/apps/web'));
    expect(reply.status).toBe(200);
    expect((await getJson(m.url('/v2/apps/web'))).status).toBe(404);
    m.advance(5000);
    expect((await getJson(m.url('/v2/tasks'))).body).toEqual({ tasks: [] });
    expect((await getJson(m.url('/v2/deployments'))).body).toEqual([]);
  });
});

describe('GET /v2/groups', () => {
  it('builds the recursive group tree from app ids', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('prod/web'));
    await sendJson('POST', m.url('/v2/apps'), shellApp('top'));
    const root = await getJson<MarathonGroup>(m.url('/v2/groups'));
    expect(root.body.id).toBe('/');
    expect(root.body.apps.map((a) => a.id)).toEqual(['/top']);
    expect(root.body.groups.map((g) => g.id)).toEqual(['/prod']);
    expect(root.body.groups[0]?.apps.map((a) => a.id)).toEqual(['/prod/web']);

    const embedded = await getJson<MarathonGroup>(
      m.url('/v2/groups/prod?embed=group.apps&embed=group.apps.counts'),
    );
    expect(embedded.body.apps[0]).toMatchObject({ id: '/prod/web', tasksRunning: 0 });
    expect(embedded.body.groups).toBeUndefined();
    const missing = await getJson(m.url('/v2/groups/nope'));
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: "Group '/nope' does not exist" });
  });
});
