/**
 * Marathon's own health checks of app instances, as model time passes: each check runs every
 * `intervalSeconds` from the moment the instance runs; failures inside `gracePeriodSeconds` of an
 * instance that never passed do not count; `maxConsecutiveFailures` in a row kill it.
 *
 * What the simulated tasks answer: every check passes, except an HTTP check whose `path`
 * contains `fail` (503) and a COMMAND check whose command is `false` or `exit <n>` with n != 0.
 * That is how a demo or a test makes an app unhealthy on purpose.
 */
import { isObject, type JsonObject } from './json';
import type { Instance } from './model-types';

export interface HealthResult {
  alive: boolean;
  consecutiveFailures: number;
  firstSuccess?: number;
  lastSuccess?: number;
  lastFailure?: number;
  lastFailureCause?: string;
  /** Model ms of the next run. */
  nextAt: number;
}

const seconds = (check: JsonObject, key: string): number => Number(check[key] ?? 0) * 1000;

/** Why the simulated task fails `check`, or undefined when it passes. */
export function simulatedFailure(check: JsonObject): string | undefined {
  const protocol = String(check.protocol ?? 'HTTP');
  if (protocol.includes('HTTP') && String(check.path ?? '/').includes('fail')) {
    return `${protocol.replace('MESOS_', '')} GET ${String(check.path)} answered 503 Service Unavailable`;
  }
  const command = isObject(check.command) ? String(check.command.value ?? '') : '';
  const exit = /^\s*(?:false|exit\s+([1-9]\d*))\s*$/.exec(command);
  if (protocol === 'COMMAND' && exit) return `Command exited with status ${exit[1] ?? '1'}`;
  return undefined;
}

export interface HealthEvents {
  changed(instance: Instance, index: number, alive: boolean): void;
  failed(instance: Instance, index: number): void;
  /** Too many failures in a row: the instance is to be killed. */
  unhealthy(instance: Instance, index: number): void;
}

/** Runs the checks that are due for one running instance of `app` at `now`. */
export function runHealthChecks(
  app: JsonObject,
  instance: Instance,
  now: number,
  events: HealthEvents,
): void {
  const checks = Array.isArray(app.healthChecks) ? (app.healthChecks as JsonObject[]) : [];
  if (checks.length === 0 || instance.state !== 'TASK_RUNNING' || instance.killRequested) return;
  const started = instance.startedAt ?? now;
  const results = (instance.health ??= checks.map((): HealthResult => ({
    alive: false,
    consecutiveFailures: 0,
    nextAt: started,
  })));
  checks.forEach((check, index) => {
    const result = results[index];
    if (!result || result.nextAt > now) return;
    result.nextAt = now + Math.max(1000, seconds(check, 'intervalSeconds'));
    const cause = simulatedFailure(check);
    const wasAlive = result.alive;
    const first = result.lastSuccess === undefined && result.lastFailure === undefined;
    if (cause === undefined) {
      result.alive = true;
      result.consecutiveFailures = 0;
      result.lastSuccess = now;
      result.firstSuccess ??= now;
    } else {
      const inGrace =
        result.firstSuccess === undefined && now < started + seconds(check, 'gracePeriodSeconds');
      if (inGrace) return;
      result.alive = false;
      result.consecutiveFailures += 1;
      result.lastFailure = now;
      result.lastFailureCause = cause;
      events.failed(instance, index);
      const max = Number(check.maxConsecutiveFailures ?? 0);
      if (max > 0 && result.consecutiveFailures >= max) events.unhealthy(instance, index);
    }
    if (result.alive !== wasAlive || first) {
      events.changed(instance, index, result.alive);
    }
  });
  instance.healthy = results.every((r) => r.alive);
}
