/**
 * What one app needs right now, given the deployment action that holds it: which instances to
 * kill, how many to launch, and whether the action is done. Rolling restarts follow
 * `upgradeStrategy` like Marathon's TaskReplaceActor.
 */
import type { JsonObject } from './json';
import type { DeploymentAction, Instance } from './model-types';

export interface RolloutDecision {
  toLaunch: number;
  kill: Instance[];
  complete: boolean;
}

const running = (i: Instance) => i.state === 'TASK_RUNNING';

/** Kill order: instances that are not running yet go first, then by `killSelection`. */
function killOrder(instances: Instance[], killSelection: unknown): Instance[] {
  const youngestFirst = killSelection !== 'OLDEST_FIRST';
  return [...instances].sort((a, b) => {
    if (running(a) !== running(b)) return running(a) ? 1 : -1;
    return youngestFirst ? b.stagedAt - a.stagedAt : a.stagedAt - b.stagedAt;
  });
}

function configVersion(app: JsonObject): string {
  const info = app.versionInfo as { lastConfigChangeAt: string };
  return info.lastConfigChangeAt;
}

function scale(app: JsonObject, live: Instance[]): RolloutDecision {
  const target = Number(app.instances);
  const active = live.filter((i) => !i.killRequested);
  const kill = killOrder(active, app.killSelection).slice(0, Math.max(0, active.length - target));
  const remaining = active.filter((i) => !kill.includes(i));
  const killing = live.length - remaining.length;
  return {
    kill,
    toLaunch: Math.max(0, target - remaining.length),
    complete:
      killing === 0 && remaining.length === target && remaining.filter(running).length === target,
  };
}

function restart(app: JsonObject, live: Instance[]): RolloutDecision {
  const target = Number(app.instances);
  const strategy = app.upgradeStrategy as {
    minimumHealthCapacity: number;
    maximumOverCapacity: number;
  };
  const minHealthy = Math.ceil(target * strategy.minimumHealthCapacity - 1e-9);
  const maxCapacity = Math.floor(target * (1 + strategy.maximumOverCapacity) + 1e-9);
  const current = configVersion(app);
  const active = live.filter((i) => !i.killRequested);
  const fresh = active.filter((i) => i.configVersion === current);
  const old = active.filter((i) => i.configVersion !== current);
  const freshRunning = fresh.filter(running).length;
  let oldRunning = old.filter(running).length;
  const kill: Instance[] = [];
  for (const instance of killOrder(old, app.killSelection)) {
    if (!running(instance)) kill.push(instance);
    else if (freshRunning + oldRunning - 1 >= minHealthy) {
      kill.push(instance);
      oldRunning -= 1;
    }
  }
  const oldLeft = old.length - kill.length;
  const killing = live.length - active.length + kill.length;
  const room = maxCapacity - (fresh.length + oldLeft + killing);
  return {
    kill,
    toLaunch: Math.max(0, Math.min(target - fresh.length, room)),
    complete: oldLeft === 0 && killing === 0 && fresh.length === target && freshRunning === target,
  };
}

/**
 * `action` undefined = no deployment holds the app: keep `instances` running (replacing lost or
 * failed ones) and stop the instances of apps that no longer exist.
 */
export function decideRollout(
  action: DeploymentAction['action'] | undefined,
  app: JsonObject | undefined,
  live: Instance[],
): RolloutDecision {
  const active = live.filter((i) => !i.killRequested);
  if (!app || action === 'StopApplication') {
    return { toLaunch: 0, kill: active, complete: live.length === 0 };
  }
  switch (action) {
    case 'StartApplication':
      return { toLaunch: 0, kill: [], complete: true };
    case 'ScaleApplication':
      return scale(app, live);
    case 'RestartApplication':
      return restart(app, live);
    default:
      return {
        toLaunch: Math.max(0, Number(app.instances) - active.length),
        kill: [],
        complete: true,
      };
  }
}
