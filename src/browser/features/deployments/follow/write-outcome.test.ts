import { describe, expect, it } from 'vitest';
import type { MarathonApp } from '../../../../api/marathon';
import { ApiError } from '../../../shared/api/api-error';
import { testApp } from '../../../testing/test-apps';
import { judgeWrite } from './write-outcome';

const found = (app: MarathonApp) => () => Promise.resolve(app);
const missing = () => Promise.reject(new ApiError({ status: 404, message: 'gone', path: '/x' }));

describe('judging a write whose deployment is gone', () => {
  it('succeeds when the app runs what was asked and nothing else holds it', async () => {
    const app = testApp({ instances: 2, tasksRunning: 2 });
    await expect(judgeWrite({ kind: 'scale', appIds: ['/web'] }, found(app))).resolves.toBeNull();
  });

  it('fails when another deployment took over, or fewer instances run', async () => {
    const held = testApp({ deployments: [{ id: 'd2' }] });
    await expect(judgeWrite({ kind: 'scale', appIds: ['/web'] }, found(held))).resolves.toEqual({
      reason: 'superseded',
      appId: '/web',
      deploymentId: 'd2',
    });
    const short = testApp({ instances: 4, tasksRunning: 3 });
    await expect(judgeWrite({ kind: 'scale', appIds: ['/web'] }, found(short))).resolves.toEqual({
      reason: 'incomplete',
      appId: '/web',
      running: 3,
      instances: 4,
    });
  });

  it('wants a destroyed app gone, and any other app present', async () => {
    await expect(judgeWrite({ kind: 'destroy', appIds: ['/web'] }, missing)).resolves.toBeNull();
    await expect(
      judgeWrite({ kind: 'destroy', appIds: ['/web'] }, found(testApp())),
    ).resolves.toEqual({
      reason: 'stillExists',
      appId: '/web',
    });
    await expect(judgeWrite({ kind: 'create', appIds: ['/web'] }, missing)).resolves.toEqual({
      reason: 'gone',
      appId: '/web',
    });
    await expect(
      judgeWrite({ kind: 'deploymentRollback', appIds: ['/web'] }, missing),
    ).resolves.toBeNull();
  });

  it('lets other errors through, to be retried', async () => {
    const down = () =>
      Promise.reject(new ApiError({ status: 503, message: 'no leader', path: '/x' }));
    await expect(judgeWrite({ kind: 'scale', appIds: ['/web'] }, down)).rejects.toMatchObject({
      status: 503,
    });
  });
});
