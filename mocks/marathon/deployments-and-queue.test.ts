import { describe, expect, it } from 'vitest';
import type { MarathonApp, MarathonDeployment, MarathonQueueItem } from '../../src/api/marathon';
import { dockerAppNewForm, onePerHostApp, shellApp } from './testing/app-fixtures';
import { getJson, sendJson } from './testing/http';
import { useSimulatedMarathonServer, type SimulatedMarathon } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

const LOCKED_MESSAGE =
  "App is locked by one or more deployments. Override with the option '?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.";

const uniqueApp = (instances: number) => onePerHostApp('unique', instances);

async function queue(m: SimulatedMarathon, query = ''): Promise<MarathonQueueItem[]> {
  return (await getJson<{ queue: MarathonQueueItem[] }>(m.url(`/v2/queue${query}`))).body.queue;
}

async function deployments(m: SimulatedMarathon): Promise<MarathonDeployment[]> {
  return (await getJson<MarathonDeployment[]>(m.url('/v2/deployments'))).body;
}

async function appOf(m: SimulatedMarathon, id: string): Promise<MarathonApp> {
  return (await getJson<{ app: MarathonApp }>(m.url(`/v2/apps${id}`))).body.app;
}

function firstDeclinedReason(item: MarathonQueueItem | undefined): string | undefined {
  return item?.processedOffersSummary.rejectSummaryLastOffers.find((r) => r.declined > 0)?.reason;
}

describe('instances that cannot be placed', () => {
  it('keeps the 4th hostname-UNIQUE instance on 3 agents queued with UnfulfilledConstraint', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), uniqueApp(4));
    m.advance(6000);
    expect((await appOf(m, '/unique')).tasksRunning).toBe(3);
    const [item] = await queue(m);
    expect(item).toMatchObject({
      count: 1,
      role: '*',
      delay: { timeLeftSeconds: 0, overdue: true },
    });
    expect(item?.app).toMatchObject({ id: '/unique', instances: 4 });
    expect(firstDeclinedReason(item)).toBe('UnfulfilledConstraint');
    expect(item?.processedOffersSummary.rejectSummaryLastOffers[1]).toEqual({
      reason: 'UnfulfilledConstraint',
      declined: 3,
      processed: 3,
    });
    expect(item?.processedOffersSummary.rejectSummaryLaunchAttempt.map((r) => r.reason)).toEqual([
      'UnfulfilledRole',
      'UnfulfilledConstraint',
      'NoCorrespondingReservationFound',
      'AgentMaintenance',
      'InsufficientCpus',
      'InsufficientMemory',
      'InsufficientDisk',
      'InsufficientGpus',
      'InsufficientPorts',
      'DeclinedScarceResources',
    ]);
    expect(await deployments(m)).toHaveLength(1);
  });

  it('locks the app (409 with deployments) until the change is forced', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), uniqueApp(4));
    m.advance(6000);
    const [stuck] = await deployments(m);
    const locked = await sendJson('PUT', m.url('/v2/apps/unique'), { instances: 3 });
    expect(locked.status).toBe(409);
    expect(locked.body).toEqual({ message: LOCKED_MESSAGE, deployments: [{ id: stuck?.id }] });
    expect((await sendJson('POST', m.url('/v2/apps/unique/restart'))).status).toBe(409);

    const forced = await sendJson('PUT', m.url('/v2/apps/unique?force=true'), { instances: 3 });
    expect(forced.status).toBe(200);
    m.advance(3000);
    expect(await deployments(m)).toEqual([]);
    expect(await queue(m)).toEqual([]);
    expect((await appOf(m, '/unique')).tasksRunning).toBe(3);
  });

  it('queues with InsufficientPorts when a fixed hostPort is taken on the only agent', async () => {
    const m = marathon.start({ agents: [{ hostname: 'slave-1' }] });
    const fixedPort = (id: string) =>
      dockerAppNewForm(id, {
        container: {
          type: 'DOCKER',
          docker: { image: 'docker.io/nginx' },
          portMappings: [{ containerPort: 80, hostPort: 31030, servicePort: 33180 }],
        },
      });
    await sendJson('POST', m.url('/v2/apps'), fixedPort('first'));
    m.advance(3000);
    await sendJson('POST', m.url('/v2/apps'), fixedPort('second'));
    m.advance(3000);
    const [item] = await queue(m, '?embed=lastUnusedOffers');
    expect(item?.app?.id).toBe('/second');
    expect(firstDeclinedReason(item)).toBe('InsufficientPorts');
    expect(item?.lastUnusedOffers?.[0]).toMatchObject({
      offer: { hostname: 'slave-1', agentId: m.scheduler.agents[0]?.agentId },
      reason: ['InsufficientPorts'],
    });
    const launch = m.scheduler.launches[0];
    expect(launch?.container?.docker?.port_mappings).toEqual([
      { host_port: 31030, container_port: 80, protocol: 'tcp' },
    ]);
  });

  it('queues with InsufficientCpus when no agent is big enough', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('huge', { cpus: 8 }));
    m.advance(2000);
    expect(firstDeclinedReason((await queue(m))[0])).toBe('InsufficientCpus');
  });
});

describe('DELETE /v2/deployments/{id}', () => {
  async function stuckScale(m: SimulatedMarathon): Promise<string> {
    await sendJson('POST', m.url('/v2/apps'), uniqueApp(1));
    m.advance(3000);
    await sendJson('PUT', m.url('/v2/apps/unique'), { instances: 4 });
    m.advance(3000);
    const [deployment] = await deployments(m);
    return deployment?.id ?? '';
  }

  it('rolls back by default: 200 with a new deployment that restores the old definition', async () => {
    const m = marathon.start();
    const stuck = await stuckScale(m);
    const reply = await sendJson<{ deploymentId: string }>(
      'DELETE',
      m.url(`/v2/deployments/${stuck}`),
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Marathon-Deployment-Id')).toBe(reply.body.deploymentId);
    expect(reply.body.deploymentId).not.toBe(stuck);
    m.advance(3000);
    expect(await deployments(m)).toEqual([]);
    const app = await appOf(m, '/unique');
    expect(app.instances).toBe(1);
    expect(app.tasksRunning).toBe(1);
  });

  it('only cancels with force=true: 202, no body, the new definition stays', async () => {
    const m = marathon.start();
    const stuck = await stuckScale(m);
    const response = await fetch(m.url(`/v2/deployments/${stuck}?force=true`), {
      method: 'DELETE',
    });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    expect(await deployments(m)).toEqual([]);
    expect((await appOf(m, '/unique')).instances).toBe(4);
  });

  it('answers an unknown deployment with 404', async () => {
    const m = marathon.start();
    const reply = await sendJson('DELETE', m.url('/v2/deployments/unknown_deployment'));
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ message: 'DeploymentPlan unknown_deployment does not exist' });
  });
});

describe('rolling restarts', () => {
  const pinnedPort = (strategy: Record<string, number>) =>
    shellApp('pinned', {
      portDefinitions: [{ port: 31500 }],
      requirePorts: true,
      upgradeStrategy: strategy,
    });

  it('gets stuck with the default strategy when the pinned port allows one task per agent', async () => {
    const m = marathon.start({ agents: [{ hostname: 'slave-1' }] });
    await sendJson('POST', m.url('/v2/apps'), pinnedPort({}));
    m.advance(3000);
    await sendJson('PUT', m.url('/v2/apps/pinned'), { cmd: 'sleep 5000' });
    m.advance(6000);
    expect(await deployments(m)).toHaveLength(1);
    expect(firstDeclinedReason((await queue(m))[0])).toBe('InsufficientPorts');
  });

  it('finishes with maximumOverCapacity 0 by stopping the old task first', async () => {
    const m = marathon.start({ agents: [{ hostname: 'slave-1' }] });
    await sendJson(
      'POST',
      m.url('/v2/apps'),
      pinnedPort({ minimumHealthCapacity: 0, maximumOverCapacity: 0 }),
    );
    m.advance(3000);
    await sendJson('PUT', m.url('/v2/apps/pinned'), { cmd: 'sleep 5000' });
    m.advance(6000);
    expect(await deployments(m)).toEqual([]);
    const app = await appOf(m, '/pinned');
    expect(app.tasks).toHaveLength(1);
    expect(app.tasks?.[0]).toMatchObject({ state: 'TASK_RUNNING', ports: [31500] });
  });
});

describe('backoff', () => {
  it('delays relaunch after a failure and DELETE /v2/queue/{id}/delay resets it', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), shellApp('flaky', { backoffSeconds: 60 }));
    m.advance(3000);
    const taskId = m.scheduler.launches[0]?.taskId ?? '';
    m.scheduler.failTask(taskId, 'Command exited with status 1');
    const [delayed] = await queue(m);
    expect(delayed).toMatchObject({ count: 1, delay: { timeLeftSeconds: 60, overdue: false } });

    const reset = await fetch(m.url('/v2/queue/flaky/delay'), { method: 'DELETE' });
    expect(reset.status).toBe(204);
    const [ready] = await queue(m);
    expect(ready?.delay).toEqual({ timeLeftSeconds: 0, overdue: true });
    m.advance(3000);
    expect((await appOf(m, '/flaky')).tasksRunning).toBe(1);
  });

  it('answers a delay reset for an app that is not queued with 404', async () => {
    const m = marathon.start();
    const reply = await sendJson('DELETE', m.url('/v2/queue/idle/delay'));
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ message: 'Application /idle not found in tasks queue.' });
  });

  it('grows the delay by backoffFactor per failure', async () => {
    const m = marathon.start();
    await sendJson(
      'POST',
      m.url('/v2/apps'),
      shellApp('flaky', { backoffSeconds: 10, backoffFactor: 2, maxLaunchDelaySeconds: 15 }),
    );
    m.advance(3000);
    m.scheduler.failTask(m.scheduler.launches[0]?.taskId ?? '', 'boom');
    m.advance(10_500);
    m.scheduler.failTask(m.scheduler.launches[1]?.taskId ?? '', 'boom');
    const [item] = await queue(m);
    expect(item?.delay.timeLeftSeconds).toBe(15);
  });
});
