import { describe, expect, it } from 'vitest';
import type { MarathonApp, MarathonTask } from '../../src/api/marathon';
import { dockerAppNewForm, onePerHostApp, shellApp } from './testing/app-fixtures';
import { getJson, sendJson } from './testing/http';
import { useSimulatedMarathonServer, type SimulatedMarathon } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

async function tasksOf(m: SimulatedMarathon, appId: string): Promise<MarathonTask[]> {
  return (await getJson<{ tasks: MarathonTask[] }>(m.url(`/v2/apps${appId}/tasks`))).body.tasks;
}

async function appOf(m: SimulatedMarathon, id: string): Promise<MarathonApp> {
  return (await getJson<{ app: MarathonApp }>(m.url(`/v2/apps${id}`))).body.app;
}

describe('tasks', () => {
  it('launches Docker BRIDGE tasks with port mappings, discovery and Marathon-style ids', async () => {
    const m = marathon.start();
    await sendJson(
      'POST',
      m.url('/v2/apps'),
      dockerAppNewForm('prod/web', { labels: { tier: 'fe' } }),
    );
    m.advance(3000);
    const [task] = await tasksOf(m, '/prod/web');
    expect(task?.id).toMatch(
      /^prod_web\.[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(task).toMatchObject({
      appId: '/prod/web',
      state: 'TASK_RUNNING',
      servicePorts: [10000],
    });
    const hostPort = task?.ports[0] ?? 0;
    expect(hostPort).toBeGreaterThanOrEqual(31000);
    const launch = m.scheduler.launches[0];
    expect(launch).toMatchObject({
      taskId: task?.id,
      name: 'web.prod',
      resources: { cpus: 0.2, mem: 32, ports: [hostPort] },
      container: {
        type: 'DOCKER',
        docker: {
          image: 'docker.io/nginx',
          network: 'BRIDGE',
          port_mappings: [{ host_port: hostPort, container_port: 80, protocol: 'tcp' }],
        },
      },
      labels: [{ key: 'tier', value: 'fe' }],
      discovery: { name: 'web.prod', ports: [{ number: hostPort, protocol: 'tcp' }] },
    });
    expect(launch?.command).toBeUndefined();
  });

  it('lists tasks across apps and filters them by status', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('a'));
    m.advance(3000);
    await sendJson('POST', m.url('/v2/apps'), shellApp('b'));
    m.advance(500);
    const all = await getJson<{ tasks: MarathonTask[] }>(m.url('/v2/tasks'));
    expect(all.body.tasks.map((t) => t.appId).sort()).toEqual(['/a', '/b']);
    const running = await getJson<{ tasks: MarathonTask[] }>(m.url('/v2/tasks?status=running'));
    expect(running.body.tasks.map((t) => t.appId)).toEqual(['/a']);
    const staging = await getJson<{ tasks: MarathonTask[] }>(m.url('/v2/tasks?status[]=staging'));
    expect(staging.body.tasks.map((t) => t.appId)).toEqual(['/b']);
  });

  it('kills one task and Marathon replaces it; with scale=true the count drops', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web', { instances: 2 }));
    m.advance(3000);
    const [first, second] = await tasksOf(m, '/web');
    const killed = await sendJson<{ task: MarathonTask }>(
      'DELETE',
      m.url(`/v2/apps/web/tasks/${first?.id}`),
    );
    expect(killed.status).toBe(200);
    expect(killed.body.task.id).toBe(first?.id);
    m.advance(3000);
    const replaced = await tasksOf(m, '/web');
    expect(replaced).toHaveLength(2);
    expect(replaced.map((t) => t.id)).not.toContain(first?.id);

    const scaled = await sendJson('DELETE', m.url(`/v2/apps/web/tasks/${second?.id}?scale=true`));
    expect(scaled.body).toHaveProperty('deploymentId');
    m.advance(3000);
    expect((await appOf(m, '/web')).instances).toBe(1);
    expect(await tasksOf(m, '/web')).toHaveLength(1);
  });

  it('answers an unknown task with 404', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web'));
    const reply = await sendJson('DELETE', m.url('/v2/apps/web/tasks/not-existing'));
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ message: "Task 'not-existing' does not exist" });
  });

  it('kills the tasks of one host with DELETE /v2/apps/{id}/tasks?host=', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), onePerHostApp('web', 3));
    m.advance(3000);
    const reply = await sendJson<{ tasks: MarathonTask[] }>(
      'DELETE',
      m.url('/v2/apps/web/tasks?host=slave-1&scale=true'),
    );
    expect(reply.body).toHaveProperty('deploymentId');
    m.advance(3000);
    const left = await tasksOf(m, '/web');
    expect(left.map((t) => t.host).sort()).toEqual(['slave-2', 'slave-3']);
  });

  it('POST /v2/tasks/delete kills by id, refuses unknown ids and scale with wipe', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('web'));
    m.advance(3000);
    const [task] = await tasksOf(m, '/web');
    const unknown = await sendJson('POST', m.url('/v2/tasks/delete'), { ids: ['not_known'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ message: 'Invalid task id not_known' });
    const both = await sendJson('POST', m.url('/v2/tasks/delete?scale=true&wipe=true'), {
      ids: [task?.id],
    });
    expect(both.status).toBe(400);
    expect(both.body).toEqual({ message: 'You cannot use scale and wipe at the same time.' });
    const killed = await sendJson<{ tasks: MarathonTask[] }>('POST', m.url('/v2/tasks/delete'), {
      ids: [task?.id],
    });
    expect(killed.body.tasks.map((t) => t.id)).toEqual([task?.id]);
    expect(m.scheduler.stateOf(task?.id ?? '')).toBe('TASK_KILLING');
  });

  it('relaunches the tasks of a lost agent elsewhere and records the failure', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), onePerHostApp('web', 2));
    m.advance(3000);
    const before = await tasksOf(m, '/web');
    const lostHost = before[0]?.host ?? '';
    m.scheduler.loseAgent(lostHost);
    m.advance(3000);
    const after = await tasksOf(m, '/web');
    expect(after).toHaveLength(2);
    expect(after.map((t) => t.host)).not.toContain(lostHost);
    expect(after.every((t) => t.state === 'TASK_RUNNING')).toBe(true);
    expect((await appOf(m, '/web')).lastTaskFailure).toMatchObject({
      state: 'TASK_LOST',
      host: lostHost,
      message: 'Agent removed',
    });
  });
});
