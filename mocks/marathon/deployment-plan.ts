/** Deployment plans: which actions a change needs, and their JSON as `/v2/deployments` writes it. */
import type { MarathonDeployment, MarathonDeploymentAction } from '../../src/api/marathon';
import { deepEqual, isObject, type JsonObject } from './json';
import type { Deployment, DeploymentAction, DeploymentApp } from './model-types';

const NOT_CONFIG = ['version', 'versionInfo', 'instances'];

function configOf(app: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(app).filter(([key]) => !NOT_CONFIG.includes(key)));
}

/** True when anything but the instance count (and version fields) differs. */
export function isConfigChange(before: JsonObject, after: JsonObject): boolean {
  return !deepEqual(configOf(before), configOf(after));
}

const configVersion = (app: JsonObject): unknown =>
  (app.versionInfo as { lastConfigChangeAt?: string } | undefined)?.lastConfigChangeAt;

/** Steps for one app: create = Start then Scale, destroy = Stop, config = Restart, count = Scale. */
export function appSteps(change: DeploymentApp): DeploymentAction[][] {
  const { appId: app, original, target } = change;
  if (!original && !target) return [];
  if (!original && target) {
    const start: DeploymentAction[][] = [[{ action: 'StartApplication', app }]];
    return Number(target.instances) > 0 ? [...start, [{ action: 'ScaleApplication', app }]] : start;
  }
  if (original && !target) return [[{ action: 'StopApplication', app }]];
  if (
    original &&
    target &&
    (isConfigChange(original, target) || configVersion(original) !== configVersion(target))
  ) {
    return [[{ action: 'RestartApplication', app }]];
  }
  if (original && target && original.instances !== target.instances) {
    return [[{ action: 'ScaleApplication', app }]];
  }
  return [];
}

/** Steps of several app changes, run side by side (step n of each app in step n). */
export function planSteps(changes: DeploymentApp[]): DeploymentAction[][] {
  const perApp = changes.map(appSteps);
  const length = Math.max(0, ...perApp.map((steps) => steps.length));
  return Array.from({ length }, (_, i) => perApp.flatMap((steps) => steps[i] ?? []));
}

export function currentActions(deployment: Deployment): DeploymentAction[] {
  return deployment.steps[deployment.stepIndex] ?? [];
}

const isPodChange = (change: DeploymentApp): boolean =>
  isObject((change.target ?? change.original)?.podSpec);

/** Pods are planned as apps; their actions are written as `StartPod` ... with a `pod` field. */
function renderActions(
  deployment: Deployment,
  actions: DeploymentAction[],
): MarathonDeploymentAction[] {
  const pods = new Set(deployment.apps.filter(isPodChange).map((change) => change.appId));
  return actions.map(({ action, app }) =>
    pods.has(app)
      ? { action: action.replace('Application', 'Pod') as DeploymentAction['action'], pod: app }
      : { action, app },
  );
}

export function renderDeployment(deployment: Deployment): MarathonDeployment {
  return {
    id: deployment.id,
    version: deployment.version,
    affectedApps: deployment.apps.filter((a) => !isPodChange(a)).map((a) => a.appId),
    affectedPods: deployment.apps.filter(isPodChange).map((a) => a.appId),
    steps: deployment.steps.map((actions) => ({ actions: renderActions(deployment, actions) })),
    currentActions: renderActions(deployment, currentActions(deployment)).map((a) => ({
      ...a,
      readinessCheckResults: [],
    })),
    currentStep: Math.min(deployment.stepIndex + 1, deployment.steps.length),
    totalSteps: deployment.steps.length,
  };
}

/** The plan as events carry it (the light format: no `original`/`target` group trees). */
export function eventPlan(deployment: Deployment): JsonObject {
  return {
    id: deployment.id,
    steps: deployment.steps.map((actions) => ({ actions: renderActions(deployment, actions) })),
    version: deployment.version,
  };
}
