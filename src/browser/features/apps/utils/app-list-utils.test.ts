import { describe, expect, it } from 'vitest';
import type { MarathonQueueItem } from '../../../../api/marathon';
import { filterApps, readFilters, writeFilters } from './app-filters';
import { appHealth, healthCategory } from './app-health';
import { appStatus } from './app-status';
import { appRuns, parentGroup } from './app-summary';
import { folderTrail, listFolder } from './app-tree';
import { testApp, testQueueItem } from '../../../testing/test-apps';

function queued(appId: string, timeLeftSeconds = 0): MarathonQueueItem {
  return testQueueItem(timeLeftSeconds, { app: testApp({ id: appId }) });
}

describe('appHealth', () => {
  it('counts running as healthy without health checks', () => {
    expect(appHealth(testApp({ tasksRunning: 2 }))).toEqual({
      healthy: 2,
      unhealthy: 0,
      unknown: 0,
      running: 2,
    });
  });

  it('leaves instances without a result unknown while checks are pending', () => {
    const app = testApp({
      healthChecks: [{ protocol: 'HTTP' }],
      tasksRunning: 3,
      tasksHealthy: 1,
      tasksUnhealthy: 1,
    });
    expect(appHealth(app)).toEqual({ healthy: 1, unhealthy: 1, unknown: 1, running: 3 });
    expect(healthCategory(appHealth(app))).toBe('unhealthy');
    expect(healthCategory(appHealth(testApp({ tasksRunning: 0 })))).toBe('unknown');
  });
});

describe('appStatus', () => {
  it('puts delayed before waiting before deploying before suspended', () => {
    const deploying = testApp({ deployments: [{ id: 'd1' }] });
    expect(appStatus(deploying, queued('/web', 30))).toBe('delayed');
    expect(appStatus(deploying, queued('/web'))).toBe('waiting');
    expect(appStatus(deploying, undefined)).toBe('deploying');
    expect(appStatus(testApp({ instances: 0, tasksRunning: 0 }), undefined)).toBe('suspended');
    expect(appStatus(testApp(), undefined)).toBe('running');
  });
});

describe('filters in the URL', () => {
  it('round-trips in a canonical order and ignores unknown values', () => {
    const filters = readFilters(
      new URLSearchParams('status=waiting&status=bogus&status=running&q=web&group=prod'),
    );
    expect(filters).toEqual({
      q: 'web',
      status: ['running', 'waiting'],
      health: [],
      label: '',
      group: '/prod',
    });
    expect(writeFilters(filters).toString()).toBe(
      'group=%2Fprod&q=web&status=running&status=waiting',
    );
  });

  it('matches labels by key or key:value', () => {
    const apps = [
      testApp({ id: '/a', labels: { team: 'web' } }),
      testApp({ id: '/b', labels: { team: 'db' } }),
    ];
    const base = readFilters(new URLSearchParams());
    expect(filterApps(apps, [], { ...base, label: 'team' }).map((a) => a.id)).toEqual(['/a', '/b']);
    expect(filterApps(apps, [], { ...base, label: 'team:db' }).map((a) => a.id)).toEqual(['/b']);
    expect(filterApps(apps, [], { ...base, q: 'A' }).map((a) => a.id)).toEqual(['/a']);
  });
});

describe('the app tree', () => {
  it('lists sub-folders with every app below them, and the apps directly in a folder', () => {
    const apps = ['/nginx', '/prod/web', '/prod/db/main', '/staging/web'].map((id) =>
      testApp({ id }),
    );
    const top = listFolder(apps, '/');
    expect(top.apps.map((a) => a.id)).toEqual(['/nginx']);
    expect(top.folders.map((f) => [f.id, f.apps.length])).toEqual([
      ['/prod', 2],
      ['/staging', 1],
    ]);
    const prod = listFolder(apps, '/prod');
    expect(prod.apps.map((a) => a.id)).toEqual(['/prod/web']);
    expect(prod.folders.map((f) => f.id)).toEqual(['/prod/db']);
    expect(folderTrail('/prod/db')).toEqual([
      { id: '/prod', name: 'prod' },
      { id: '/prod/db', name: 'db' },
    ]);
    expect(parentGroup('/prod/web')).toBe('/prod');
    expect(parentGroup('/web')).toBe('/');
  });
});

describe('appRuns', () => {
  it('prefers the image, then cmd, then args', () => {
    expect(appRuns(testApp({ container: { type: 'DOCKER', docker: { image: 'nginx' } } }))).toEqual(
      {
        kind: 'image',
        text: 'nginx',
      },
    );
    expect(appRuns(testApp({ cmd: null, args: ['run', '-x'] }))).toEqual({
      kind: 'cmd',
      text: 'run -x',
    });
  });
});
