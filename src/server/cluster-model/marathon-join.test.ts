import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load-fixture';
import { appIdFromTaskId, indexMarathonApps, joinChanges } from './marathon-join';
import { normalizeMasterState } from './normalize-master-state';
import { buildSnapshot } from './snapshot';

function snapshotOf(stateFixture: string, apps: unknown) {
  return buildSnapshot({
    generation: 1,
    fetchedAt: 0,
    stateBytes: 0,
    state: normalizeMasterState(loadFixture(stateFixture)),
    apps: indexMarathonApps(apps),
  });
}

describe('Marathon join', () => {
  it("takes the app id from Marathon's embedded tasks, and from the id prefix for tasks Marathon no longer lists", () => {
    const snapshot = snapshotOf(
      'master-state.mesos-1.8.json',
      loadFixture('marathon-apps.prod.json'),
    );
    const appOf = new Map(snapshot.tasks.map((task) => [task.id, task.appId]));
    // Listed by Marathon.
    expect(appOf.get('prod_api.instance-5f6e7d8c-a1b2-11ea-9c3d-0242ac110002._app.1')).toBe(
      '/prod/api',
    );
    expect(appOf.get('cache.instance-0a0b0c0d-a1b2-11ea-9c3d-0242ac110002._app.1')).toBe('/cache');
    // Unreachable and completed: matched by `<safePath>.instance-<uuid>` / `<safePath>.<uuid>`.
    expect(appOf.get('prod_api.instance-99887766-a1b2-11ea-9c3d-0242ac110002._app.1')).toBe(
      '/prod/api',
    );
    expect(appOf.get('worker.7a7b7c7d-a1b2-11ea-9c3d-0242ac110002')).toBe('/worker');
    // Another framework's task is never given an app.
    expect(appOf.get('0')).toBeNull();
    expect(snapshot.marathon).toBe(true);
    const api = snapshot.tasks.find(
      (task) => task.appId === '/prod/api' && task.category === 'active',
    );
    expect(api).toMatchObject({
      frameworkName: 'marathon',
      agentHostname: 'agent-a.prod.internal',
    });
  });

  it('matches old-style ids and apps without embedded tasks, by framework name', () => {
    const snapshot = snapshotOf('master-state.mesos-0.23.json', {
      apps: [{ id: '/sleeper', tasks: [] }],
    });
    expect(snapshot.tasks.map((task) => task.appId)).toEqual(['/sleeper', '/sleeper']);
    const bySafePath = new Map([['web_front', '/web/front']]);
    expect(appIdFromTaskId('web_front_682ebe64-0771-11e4-b05d-e0f84720c54e', bySafePath)).toBe(
      '/web/front',
    );
    expect(appIdFromTaskId('web_front.not-a-uuid', bySafePath)).toBeNull();
  });

  it('prefers the longest app path when app names contain dots', () => {
    const bySafePath = new Map([
      ['api', '/api'],
      ['api.v2', '/api.v2'],
    ]);
    expect(appIdFromTaskId('api.v2.5f6e7d8c-a1b2-11ea-9c3d-0242ac110002', bySafePath)).toBe(
      '/api.v2',
    );
    expect(appIdFromTaskId('api.5f6e7d8c-a1b2-11ea-9c3d-0242ac110002', bySafePath)).toBe('/api');
  });

  it('leaves app ids empty when Marathon does not answer', () => {
    const snapshot = snapshotOf('master-state.mesos-1.8.json', null);
    expect(snapshot.marathon).toBe(false);
    expect(snapshot.tasks.every((task) => task.appId === null)).toBe(true);
  });

  it('tells whether a new read of the apps changes what a snapshot shows', () => {
    const apps = loadFixture('marathon-apps.prod.json') as {
      apps: { id: string; tasks?: unknown[] }[];
    };
    const snapshot = snapshotOf('master-state.mesos-1.8.json', apps);
    expect(joinChanges(snapshot, indexMarathonApps(apps))).toBe(false);
    // Marathon down: the snapshot said it answered.
    expect(joinChanges(snapshot, null)).toBe(true);
    // An app more.
    expect(
      joinChanges(snapshot, indexMarathonApps({ apps: [...apps.apps, { id: '/new', tasks: [] }] })),
    ).toBe(true);
    // A pod more (search lists pods).
    expect(
      joinChanges(snapshot, indexMarathonApps({ ...apps, pods: [{ id: '/shop/cart' }] })),
    ).toBe(true);
    // A task Marathon now lists under another app.
    const [first, ...rest] = apps.apps;
    const listed = snapshot.tasks.find((task) => task.appId === first?.id);
    expect(listed).toBeDefined();
    const moved = {
      apps: [
        { ...first, tasks: [] },
        ...rest.map((app, i) =>
          i === 0 ? { ...app, tasks: [...(app.tasks ?? []), { id: listed?.id }] } : app,
        ),
      ],
    };
    expect(joinChanges(snapshot, indexMarathonApps(moved))).toBe(true);
  });
});
