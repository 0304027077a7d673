import { describe, expect, it } from 'vitest';
import type { MarathonApp, MarathonTask } from '../../src/api/marathon';
import { shellApp } from './testing/app-fixtures';
import { getJson, sendJson } from './testing/http';
import { useSimulatedMarathonServer, type SimulatedMarathon } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

/** An app with one local persistent volume, as the Marathon docs' stateful example writes it. */
const residentApp = (id: string, extra: Record<string, unknown> = {}) =>
  shellApp(id, {
    container: {
      type: 'MESOS',
      volumes: [{ containerPath: 'data', mode: 'RW', persistent: { type: 'root', size: 64 } }],
    },
    ...extra,
  });

async function tasksOf(m: SimulatedMarathon, appId: string): Promise<MarathonTask[]> {
  return (await getJson<{ tasks: MarathonTask[] }>(m.url(`/v2/apps${appId}/tasks`))).body.tasks;
}

async function runningTask(m: SimulatedMarathon, appId: string): Promise<MarathonTask> {
  m.advance(5000);
  const [task] = (await tasksOf(m, appId)).filter((t) => t.state === 'TASK_RUNNING');
  if (!task) throw new Error(`no running task of ${appId}`);
  return task;
}

describe('resident apps (local persistent volumes)', () => {
  it('defaults residency and the resident upgrade strategy, and lists the volumes on the task', async () => {
    const m = marathon.start();
    const created = await sendJson<MarathonApp>('POST', m.url('/v2/apps'), residentApp('/db'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      residency: { relaunchEscalationTimeoutSeconds: 3600, taskLostBehavior: 'WAIT_FOREVER' },
      upgradeStrategy: { maximumOverCapacity: 0, minimumHealthCapacity: 0.5 },
    });
    const task = await runningTask(m, '/db');
    expect(task.localVolumes).toEqual([
      {
        runSpecId: '/db',
        containerPath: 'data',
        uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        persistenceId: expect.stringMatching(/^db#data#[0-9a-f-]{36}$/),
      },
    ]);
    const plain = await sendJson('POST', m.url('/v2/apps'), shellApp('/web'));
    expect(plain.status).toBe(201);
    expect((await runningTask(m, '/web')).localVolumes).toEqual([]);
  });

  it('refuses what Marathon refuses: over-capacity upgrades, paths with "/", RO, residency without volumes', async () => {
    const m = marathon.start();
    const overCapacity = await sendJson(
      'POST',
      m.url('/v2/apps'),
      residentApp('/db', { upgradeStrategy: { minimumHealthCapacity: 1, maximumOverCapacity: 1 } }),
    );
    expect(overCapacity.status).toBe(422);
    expect(overCapacity.body).toMatchObject({
      details: [
        { path: '/upgradeStrategy/minimumHealthCapacity', errors: ['got 1, expected 0.5 or less'] },
        { path: '/upgradeStrategy/maximumOverCapacity', errors: ['got 1, expected 0.0'] },
      ],
    });
    const badVolume = await sendJson(
      'POST',
      m.url('/v2/apps'),
      shellApp('/db', {
        container: {
          type: 'MESOS',
          volumes: [{ containerPath: '/var/data', mode: 'RO', persistent: { size: 0 } }],
        },
      }),
    );
    expect(badVolume.status).toBe(422);
    expect(badVolume.body).toMatchObject({
      details: [
        { path: '/container/volumes(0)/containerPath', errors: ['value must not contain "/"'] },
        { path: '/container/volumes(0)/mode', errors: ['is not equal to RW'] },
        { path: '/container/volumes(0)/persistent/size', errors: ['got 0, expected more than 0'] },
      ],
    });
    const residencyOnly = await sendJson(
      'POST',
      m.url('/v2/apps'),
      shellApp('/web', { residency: { taskLostBehavior: 'WAIT_FOREVER' } }),
    );
    expect(residencyOnly.status).toBe(422);
    expect(residencyOnly.body).toMatchObject({
      details: [
        {
          path: '/',
          errors: ['AppDefinition must contain persistent volumes and define residency'],
        },
      ],
    });
    const wrongType = await sendJson(
      'POST',
      m.url('/v2/apps'),
      residentApp('/db', {
        container: {
          type: 'MESOS',
          volumes: [{ containerPath: 'data', persistent: { size: '1' } }],
        },
      }),
    );
    expect(wrongType.status).toBe(400);
  });

  it('relaunches a killed instance on the same agent with the same volume', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), residentApp('/db'));
    const first = await runningTask(m, '/db');
    for (let kill = 0; kill < 3; kill++) {
      const previous = await runningTask(m, '/db');
      const killed = await sendJson('DELETE', m.url(`/v2/apps/db/tasks/${previous.id}`));
      expect(killed.status).toBe(200);
      m.advance(1000);
      const next = await runningTask(m, '/db');
      expect(next.id).not.toBe(previous.id);
      expect(next.slaveId).toBe(first.slaveId);
      expect(next.localVolumes).toEqual(first.localVolumes);
    }
  });

  it('wipe destroys the reservation: the replacement gets new volumes and may land on any agent', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), residentApp('/db'));
    const agents = new Set<string>();
    let previous = await runningTask(m, '/db');
    for (let kill = 0; kill < 6; kill++) {
      const wiped = await sendJson('POST', m.url('/v2/tasks/delete?wipe=true'), {
        ids: [previous.id],
      });
      expect(wiped.status).toBe(200);
      m.advance(1000);
      const next = await runningTask(m, '/db');
      expect(next.localVolumes?.[0]?.persistenceId).not.toBe(
        previous.localVolumes?.[0]?.persistenceId,
      );
      agents.add(next.slaveId);
      previous = next;
    }
    // Offers reach each launch in turn, so six fresh placements use more than one agent.
    expect(agents.size).toBeGreaterThan(1);
    const both = await sendJson(
      'DELETE',
      m.url(`/v2/apps/db/tasks/${previous.id}?scale=true&wipe=true`),
    );
    expect(both.status).toBe(400);
    expect(both.body).toEqual({ message: 'You cannot use scale and wipe at the same time.' });
  });

  it('keeps reservations when scaled down (the instance comes back to them) and drops them with the app', async () => {
    const m = marathon.start();
    await sendJson('POST', m.url('/v2/apps'), residentApp('/db'));
    const first = await runningTask(m, '/db');
    await sendJson('PUT', m.url('/v2/apps/db'), { instances: 0 });
    m.advance(5000);
    expect(await tasksOf(m, '/db')).toEqual([]);
    await sendJson('PUT', m.url('/v2/apps/db'), { instances: 1 });
    const back = await runningTask(m, '/db');
    expect(back.localVolumes).toEqual(first.localVolumes);
    expect(back.slaveId).toBe(first.slaveId);
    await sendJson('DELETE', m.url('/v2/apps/db'));
    m.advance(5000);
    await sendJson('POST', m.url('/v2/apps'), residentApp('/db'));
    const again = await runningTask(m, '/db');
    expect(again.localVolumes?.[0]?.uuid).not.toBe(first.localVolumes?.[0]?.uuid);
  });
});
