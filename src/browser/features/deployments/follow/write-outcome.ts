import type { MarathonApp } from '../../../../api/marathon';
import { isApiError } from '../../../shared/api/api-error';
import { getApp } from '../../../shared/api/get-app';
import type { WriteDescription, WriteFailure } from './followed-write';

type AppLookup = (appId: string) => Promise<MarathonApp>;

/** Null when the app does not exist (404); other errors propagate, to be retried. */
async function lookup(getAppById: AppLookup, appId: string): Promise<MarathonApp | null> {
  try {
    return await getAppById(appId);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * Judges a write whose deployment left `/v2/deployments`. Marathon removes a deployment both when
 * it finishes and when it is cancelled, so the apps tell which: after success they run what was
 * asked and no other deployment holds them; a destroyed app is gone.
 */
export async function judgeWrite(
  write: WriteDescription,
  getAppById: AppLookup = (appId) => getApp(appId),
): Promise<WriteFailure | null> {
  for (const appId of write.appIds) {
    const app = await lookup(getAppById, appId);
    if (app === null) {
      // A rolled-back create leaves nothing behind, which is what the rollback asked for.
      if (write.kind === 'destroy' || write.kind === 'deploymentRollback') continue;
      return { reason: 'gone', appId };
    }
    const other = app.deployments[0];
    if (other) return { reason: 'superseded', appId, deploymentId: other.id };
    if (write.kind === 'destroy') return { reason: 'stillExists', appId };
    const instances = app.instances ?? 1;
    if (write.kind !== 'deploymentRollback' && app.tasksRunning < instances) {
      return { reason: 'incomplete', appId, running: app.tasksRunning, instances };
    }
  }
  return null;
}
