/**
 * The stateful core of the simulated Marathon: apps and their versions, instances, deployments,
 * the launch queue with offer matching, and backoff. Routes call its operations; the Mesos side
 * reaches it only through the SchedulerPort (offers, launch, kill, status updates).
 */
import type { MarathonDeploymentResult } from '../../src/api/marathon';
import { TERMINAL_TASK_STATES } from '../../src/api/mesos';
import type { SchedulerPort, TaskStatusUpdate } from '../contracts';
import {
  appExists,
  appLocked,
  appNotFound,
  deploymentNotFound,
  MarathonApiError,
} from './api-error';
import { withVersion } from './app-canonical';
import { currentActions, eventPlan, isConfigChange, planSteps } from './deployment-plan';
import { EventBus, type MarathonEvent } from './event-bus';
import { runHealthChecks } from './health-checks';
import { deepClone, type JsonObject } from './json';
import { newQueueEntry, recordOffer } from './launch-queue';
import type {
  AppRecord,
  Backoff,
  Deployment,
  DeploymentAction,
  DeploymentApp,
  Instance,
  QueueEntry,
} from './model-types';
import { consumeOffer, matchOffer, type OfferMatch } from './offer-matching';
import { isPodRunSpec, podNotFound } from './pod-definition';
import { aggregateState, buildPodLaunches } from './pod-instances';
import { isResident, reserve, type Reservation } from './resident';
import { decideRollout } from './rollout';
import { assignServicePorts, servicePortsOf } from './service-ports';
import { instanceCondition } from './task-json';
import { buildTaskLaunch } from './task-launch';
import { isoTime, randomUuid, safeAppPath, timeUuid } from './time-and-ids';

const MAX_VERSIONS = 50;
const MAX_INSTANCES_PER_OFFER = 5;
/** Terminal states that count as a failure for backoff (an agent going away does not). */
const FAILURE_STATES = ['TASK_FAILED', 'TASK_ERROR', 'TASK_FINISHED', 'TASK_DROPPED'];

type Versioning = 'change' | 'keep' | 'restart';

export interface ModelOptions {
  scheduler: SchedulerPort;
  now(): number;
  random(): number;
}

export interface ChangeContext {
  force: boolean;
  /** Request path for `api_post_event`; absent for changes that are not API posts. */
  uri?: string;
}

export class MarathonModel {
  readonly events = new EventBus();
  readonly apps = new Map<string, AppRecord>();
  /** Pods as run specs (pod-definition.ts podRunSpec); same deployments, queue and matching. */
  readonly pods = new Map<string, AppRecord>();
  /** Groups created explicitly (POST /v2/groups), with their `dependencies`; others follow from ids. */
  readonly groups = new Map<string, string[]>();
  /** Mesos task id of a pod container -> its instance's key in `instances`. */
  private readonly containerOwners = new Map<string, string>();
  readonly instances = new Map<string, Instance>();
  readonly deployments = new Map<string, Deployment>();
  readonly queue = new Map<string, QueueEntry>();
  readonly backoffs = new Map<string, Backoff>();
  readonly lastFailures = new Map<string, JsonObject>();
  /** Reservations with persistent volumes of resident apps, kept until wiped or the app goes. */
  readonly reservations = new Map<string, Reservation>();
  rootVersion: string;
  private lastVersionMs = 0;
  private offerCursor = 0;
  private progressing = false;
  private progressAgain = false;

  constructor(private readonly options: ModelOptions) {
    this.rootVersion = this.nextVersion();
    options.scheduler.onStatus((update) => this.onStatus(update));
  }

  now(): number {
    return this.options.now();
  }

  publish(eventType: string, fields: Record<string, unknown>): void {
    const event: MarathonEvent = { ...fields, eventType, timestamp: isoTime(this.now()) };
    this.events.publish(event);
  }

  /** Versions are timestamps; two changes in the same millisecond still get distinct ones. */
  private nextVersion(): string {
    this.lastVersionMs = Math.max(this.now(), this.lastVersionMs + 1);
    return isoTime(this.lastVersionMs);
  }

  liveInstances(appId: string): Instance[] {
    return [...this.instances.values()].filter((i) => i.appId === appId);
  }

  deploymentsOf(appId: string): Deployment[] {
    return [...this.deployments.values()].filter((d) => d.apps.some((a) => a.appId === appId));
  }

  /** The app or pod (as its run spec view) with this id. */
  runSpec(id: string): JsonObject | undefined {
    return this.apps.get(id)?.app ?? this.pods.get(id)?.app;
  }

  requirePod(podId: string): AppRecord {
    const record = this.pods.get(podId);
    if (!record) throw podNotFound(podId);
    return record;
  }

  requireApp(appId: string): AppRecord {
    const record = this.apps.get(appId);
    if (!record) throw appNotFound(appId);
    return record;
  }

  // ---- changes -------------------------------------------------------------------------------

  /** Refuses (409) or, with force, cancels the deployments holding any of `appIds`. */
  private takeLocks(appIds: string[], force: boolean): void {
    const holding = [...new Set(appIds.flatMap((id) => this.deploymentsOf(id)))];
    if (holding.length === 0) return;
    if (!force) throw appLocked(holding.map((d) => d.id));
    for (const deployment of holding) this.cancel(deployment);
  }

  private cancel(deployment: Deployment): void {
    this.deployments.delete(deployment.id);
    this.publish('deployment_failed', { id: deployment.id, plan: eventPlan(deployment) });
  }

  private storeVersion(record: AppRecord): void {
    if (record.versions.some((v) => v.version === record.app.version)) return;
    record.versions.push(deepClone(record.app));
    if (record.versions.length > MAX_VERSIONS) record.versions.shift();
  }

  /**
   * Applies new definitions (undefined = destroy) for some apps as one deployment. Versioning:
   * `change` bumps the version as the change requires (none, scaling, config), `keep` keeps the
   * definition's own version (rolling a deployment back), `restart` forces a config change.
   */
  private deploy(
    targets: { appId: string; definition: JsonObject | undefined; versioning?: Versioning }[],
    context: ChangeContext,
  ): Deployment {
    this.takeLocks(
      targets.map((t) => t.appId),
      context.force,
    );
    const version = this.nextVersion();
    const changes: DeploymentApp[] = targets.map(({ appId, definition, versioning = 'change' }) => {
      const store = (definition ? isPodRunSpec(definition) : this.pods.has(appId))
        ? this.pods
        : this.apps;
      const original = store.get(appId)?.app;
      if (!definition) {
        store.delete(appId);
        if (context.uri && store === this.pods) this.publishPodEvent('pod_deleted_event', context);
        this.backoffs.delete(appId);
        return { appId, original, target: undefined };
      }
      let app = definition;
      if (versioning !== 'keep') {
        const configChanged =
          versioning === 'restart' || !original || isConfigChange(original, definition);
        const scaled = original && original.instances !== definition.instances;
        const previous = original?.versionInfo as
          { lastScalingAt: string; lastConfigChangeAt: string } | undefined;
        app =
          previous && !configChanged && !scaled
            ? withVersion(definition, String(original?.version), previous)
            : withVersion(definition, version, {
                lastScalingAt: version,
                lastConfigChangeAt:
                  configChanged || !previous ? version : previous.lastConfigChangeAt,
              });
        if (configChanged) this.backoffs.delete(appId);
      }
      if (store === this.apps) assignServicePorts(app, this.usedServicePorts(appId));
      const record = store.get(appId) ?? { app, versions: [] };
      record.app = app;
      store.set(appId, record);
      this.storeVersion(record);
      if (context.uri && store === this.pods) {
        this.publishPodEvent(original ? 'pod_updated_event' : 'pod_created_event', context);
      } else if (context.uri) {
        this.publish('api_post_event', {
          clientIp: '127.0.0.1',
          uri: context.uri,
          appDefinition: app,
        });
      }
      return { appId, original, target: app };
    });
    this.rootVersion = version;
    this.publish('group_change_success', { groupId: '/', version });
    const deployment: Deployment = {
      id: randomUuid(this.options.random),
      version,
      apps: changes,
      steps: planSteps(changes),
      stepIndex: 0,
    };
    this.deployments.set(deployment.id, deployment);
    if (deployment.steps.length > 0) this.publishStep('deployment_info', deployment);
    this.progress();
    return deployment;
  }

  private publishPodEvent(eventType: string, context: ChangeContext): void {
    this.publish(eventType, { clientIp: '127.0.0.1', uri: context.uri });
  }

  createPod(definition: JsonObject, context: ChangeContext): Deployment {
    const podId = String(definition.id);
    if (this.pods.has(podId) || this.apps.has(podId)) {
      throw new MarathonApiError(409, { message: `Pod '${podId}' already exists` });
    }
    return this.deploy([{ appId: podId, definition }], context);
  }

  /**
   * PUT /v2/pods/{id}: Marathon stamps every pod update with a new version, so even an unchanged
   * spec rolls the instances (which is how consoles restart a pod).
   */
  updatePod(podId: string, definition: JsonObject, context: ChangeContext): Deployment {
    const original = this.pods.get(podId)?.app;
    const scaleOnly =
      original !== undefined &&
      original.instances !== definition.instances &&
      !isConfigChange(original, definition);
    return this.deploy(
      [{ appId: podId, definition, versioning: scaleOnly ? 'change' : 'restart' }],
      context,
    );
  }

  deletePod(podId: string, context: ChangeContext): Deployment {
    this.requirePod(podId);
    return this.deploy([{ appId: podId, definition: undefined }], context);
  }

  /** Ids of the apps and pods inside a group (every one for `/`). */
  membersOf(groupId: string): string[] {
    const prefix = groupId === '/' ? '/' : `${groupId}/`;
    return [...this.apps.keys(), ...this.pods.keys()].filter((id) => id.startsWith(prefix)).sort();
  }

  /** PUT /v2/groups/{id} `scaleBy`: every app and pod inside, instances times the factor, rounded up. */
  scaleGroup(groupId: string, factor: number, context: ChangeContext): Deployment {
    const targets = this.membersOf(groupId).map((id) => {
      const spec = this.runSpec(id) as JsonObject;
      return {
        appId: id,
        definition: { ...spec, instances: Math.ceil(Number(spec.instances) * factor) },
      };
    });
    return this.deploy(targets, context);
  }

  /**
   * A group write as one deployment: `definitions` are created or replaced, `removed` destroyed;
   * `groups` are the (explicit) groups the tree has afterwards below `groupId`.
   */
  applyGroup(
    groupId: string,
    change: { definitions: JsonObject[]; removed: string[]; groups: Map<string, string[]> },
    context: ChangeContext,
  ): Deployment {
    const deployment = this.deploy(
      [
        ...change.definitions.map((definition) => ({ appId: String(definition.id), definition })),
        ...change.removed.map((appId) => ({ appId, definition: undefined })),
      ],
      context,
    );
    for (const id of [...this.groups.keys()]) {
      if (id === groupId || id.startsWith(`${groupId}/`)) this.groups.delete(id);
    }
    for (const [id, dependencies] of change.groups) this.groups.set(id, dependencies);
    return deployment;
  }

  private usedServicePorts(exceptAppId: string): Set<number> {
    const used = new Set<number>();
    for (const [id, record] of this.apps) {
      if (id !== exceptAppId) for (const port of servicePortsOf(record.app)) used.add(port);
    }
    return used;
  }

  createApp(definition: JsonObject, context: ChangeContext): Deployment {
    const appId = String(definition.id);
    if (this.apps.has(appId)) throw appExists(appId);
    return this.deploy([{ appId, definition }], context);
  }

  /** PUT/PATCH: replaces the definition (creating the app when missing). */
  updateApp(appId: string, definition: JsonObject, context: ChangeContext): Deployment {
    return this.deploy([{ appId, definition }], context);
  }

  /** PUT /v2/apps with an array: every definition in one deployment. */
  updateApps(definitions: JsonObject[], context: ChangeContext): Deployment {
    return this.deploy(
      definitions.map((definition) => ({ appId: String(definition.id), definition })),
      context,
    );
  }

  rollbackApp(appId: string, version: string, context: ChangeContext): Deployment {
    const record = this.requireApp(appId);
    const stored = record.versions.find((v) => v.version === version);
    if (!stored) {
      throw new MarathonApiError(404, {
        message: `App '${appId}' does not exist in version ${version}`,
      });
    }
    const definition = Object.fromEntries(
      Object.entries(deepClone(stored)).filter(([k]) => k !== 'version' && k !== 'versionInfo'),
    );
    return this.deploy([{ appId, definition }], context);
  }

  deleteApp(appId: string, context: ChangeContext): Deployment {
    this.requireApp(appId);
    return this.deploy([{ appId, definition: undefined }], context);
  }

  /** A restart is a config change that touches nothing but the config version. */
  restartApp(appId: string, context: ChangeContext): Deployment {
    const record = this.requireApp(appId);
    return this.deploy([{ appId, definition: record.app, versioning: 'restart' }], context);
  }

  /**
   * Kills instances; with `scale`, lowers each app's instance count by the number killed. With
   * `wipe`, resident instances lose their reservation and volumes: the replacement may go anywhere.
   */
  killInstances(
    instances: Instance[],
    scale: boolean,
    force: boolean,
    wipe = false,
  ): Deployment | undefined {
    const byApp = new Map<string, number>();
    for (const i of instances) byApp.set(i.appId, (byApp.get(i.appId) ?? 0) + 1);
    if (scale) this.takeLocks([...byApp.keys()], force);
    for (const instance of instances) {
      this.kill(instance);
      if (wipe && instance.reservation) this.reservations.delete(instance.reservation.id);
    }
    if (!scale) {
      this.progress();
      return undefined;
    }
    const targets = [...byApp].flatMap(([appId, killed]) => {
      const record = this.apps.get(appId);
      if (!record) return [];
      const definition = {
        ...record.app,
        instances: Math.max(0, Number(record.app.instances) - killed),
      };
      return [{ appId, definition }];
    });
    return this.deploy(targets, { force: true });
  }

  /** DELETE /v2/deployments/{id}: force only cancels; otherwise cancel and roll back. */
  cancelDeployment(id: string, force: boolean): Deployment | undefined {
    const deployment = this.deployments.get(id);
    if (!deployment) throw deploymentNotFound(id);
    this.cancel(deployment);
    if (force) {
      this.progress();
      return undefined;
    }
    return this.deploy(
      deployment.apps.map((change) => ({
        appId: change.appId,
        definition: change.original,
        versioning: 'keep' as const,
      })),
      { force: true },
    );
  }

  resetDelay(appId: string): void {
    if (!this.queue.has(appId)) {
      throw new MarathonApiError(404, {
        message: `Application ${appId} not found in tasks queue.`,
      });
    }
    this.backoffs.delete(appId);
  }

  deploymentResult(deployment: Deployment): MarathonDeploymentResult {
    return { deploymentId: deployment.id, version: deployment.version };
  }

  // ---- progress ------------------------------------------------------------------------------

  private kill(instance: Instance): void {
    if (instance.killRequested) return;
    instance.killRequested = true;
    for (const task of instance.containers ?? [instance]) this.options.scheduler.kill(task.taskId);
  }

  private actionFor(appId: string): DeploymentAction['action'] | undefined {
    for (const deployment of this.deploymentsOf(appId)) {
      const action = currentActions(deployment).find((a) => a.app === appId);
      if (action) return action.action;
    }
    return undefined;
  }

  private appIdsInPlay(): Set<string> {
    const ids = new Set([...this.apps.keys(), ...this.pods.keys()]);
    for (const instance of this.instances.values()) ids.add(instance.appId);
    for (const deployment of this.deployments.values()) {
      for (const change of deployment.apps) ids.add(change.appId);
    }
    return ids;
  }

  /** Issues kills and sizes the launch queue for every app; a destroyed app's volumes go. */
  private reconcile(): void {
    for (const [id, reservation] of this.reservations) {
      if (!this.runSpec(reservation.appId)) this.reservations.delete(id);
    }
    for (const appId of this.appIdsInPlay()) {
      const app = this.runSpec(appId);
      const decision = decideRollout(this.actionFor(appId), app, this.liveInstances(appId));
      for (const instance of decision.kill) this.kill(instance);
      const entry = this.queue.get(appId);
      if (decision.toLaunch > 0 && app) {
        const next = entry ?? newQueueEntry(appId, this.now());
        next.count = decision.toLaunch;
        this.queue.set(appId, next);
      } else if (entry) {
        this.queue.delete(appId);
      }
    }
  }

  private stepDone(deployment: Deployment): boolean {
    return currentActions(deployment).every((action) => {
      const app = this.runSpec(action.app);
      return decideRollout(action.action, app, this.liveInstances(action.app)).complete;
    });
  }

  private publishStep(eventType: string, deployment: Deployment): void {
    this.publish(eventType, {
      plan: eventPlan(deployment),
      currentStep: { actions: currentActions(deployment).map((a) => ({ ...a })) },
    });
  }

  /** Moves deployments whose current step is done; returns whether anything moved. */
  private advanceDeployments(): boolean {
    let moved = false;
    for (const deployment of [...this.deployments.values()]) {
      if (!this.stepDone(deployment)) continue;
      moved = true;
      if (deployment.steps.length > 0) this.publishStep('deployment_step_success', deployment);
      deployment.stepIndex += 1;
      if (deployment.stepIndex < deployment.steps.length) {
        this.publishStep('deployment_info', deployment);
        continue;
      }
      this.deployments.delete(deployment.id);
      this.publish('deployment_success', { id: deployment.id, plan: eventPlan(deployment) });
      for (const change of deployment.apps) {
        if (!change.target) this.publish('app_terminated_event', { appId: change.appId });
      }
    }
    return moved;
  }

  /** Re-entrant safe: status updates arriving while progressing are folded into the loop. */
  private progress(): void {
    if (this.progressing) {
      this.progressAgain = true;
      return;
    }
    this.progressing = true;
    try {
      do {
        this.progressAgain = false;
        this.reconcile();
        if (this.advanceDeployments()) this.progressAgain = true;
      } while (this.progressAgain);
    } finally {
      this.progressing = false;
    }
  }

  // ---- offers and status updates -------------------------------------------------------------

  private launch(
    app: JsonObject,
    agentId: string,
    host: string,
    attributes: Instance['attributes'],
    hostPorts: number[],
    reservation: Reservation | undefined,
  ): Instance {
    const appId = String(app.id);
    const uuid = timeUuid(this.now(), this.options.random);
    const safe = safeAppPath(appId);
    const pod = isPodRunSpec(app);
    const instance: Instance = {
      taskId: pod ? `${safe}.instance-${uuid}` : `${safe}.${uuid}`,
      instanceId: pod ? `${safe}.instance-${uuid}` : `${safe}.marathon-${uuid}`,
      appId,
      agentId,
      host,
      attributes,
      state: 'TASK_STAGING',
      ports: hostPorts,
      servicePorts: servicePortsOf(app),
      stagedAt: this.now(),
      version: String(app.version),
      configVersion: (app.versionInfo as { lastConfigChangeAt: string }).lastConfigChangeAt,
      killRequested: false,
    };
    if (isResident(app)) {
      instance.reservation =
        reservation ?? reserve(app, agentId, host, () => randomUuid(this.options.random));
      this.reservations.set(instance.reservation.id, instance.reservation);
    }
    // Registered before launching, so a status update sent from inside launch() finds it.
    this.instances.set(instance.taskId, instance);
    if (!pod) {
      this.options.scheduler.launch(buildTaskLaunch(app, instance.taskId, agentId, hostPorts));
      return instance;
    }
    const launches = buildPodLaunches(app, instance, agentId, hostPorts);
    instance.containers = launches.map(({ container }) => container);
    for (const { container, launch } of launches) {
      this.containerOwners.set(container.taskId, instance.taskId);
      this.options.scheduler.launch(launch);
    }
    return instance;
  }

  private offerRound(): void {
    const offers = this.options.scheduler
      .offers()
      .map((o) => ({ ...o, ports: o.ports.map((r) => [...r] as [number, number]) }));
    if (offers.length === 0) return;
    for (const entry of this.queue.values()) {
      // Offers reach each launch attempt in a different order, which spreads apps over agents.
      this.offerCursor = (this.offerCursor + 1) % offers.length;
      const order = offers.map((_, i) => (i + this.offerCursor) % offers.length);
      const app = this.runSpec(entry.appId);
      const delayed = (this.backoffs.get(entry.appId)?.delayUntil ?? 0) > this.now();
      if (!app || delayed) continue;
      let remaining = entry.count;
      const live = this.liveInstances(entry.appId);
      const placed = live.map((i) => ({ hostname: i.host, attributes: i.attributes }));
      // Reservations no live instance uses: relaunches go back to them, on their agents only.
      const unused = [...this.reservations.values()].filter(
        (r) => r.appId === entry.appId && !live.some((i) => i.reservation === r),
      );
      for (const index of order) {
        for (let n = 0; remaining > 0 && n < MAX_INSTANCES_PER_OFFER; n += 1) {
          const offer = offers[index];
          if (!offer) break;
          const reservation = unused.find((r) => r.agentId === offer.agentId);
          const match: OfferMatch =
            unused.length > 0 && !reservation
              ? { ok: false, reasons: ['NoCorrespondingReservationFound'] }
              : matchOffer(app, offer, placed, offers, this.options.random);
          recordOffer(entry, offer, match.ok ? [] : match.reasons, this.now());
          if (!match.ok) break;
          if (reservation) unused.splice(unused.indexOf(reservation), 1);
          this.launch(
            app,
            offer.agentId,
            offer.hostname,
            offer.attributes,
            match.hostPorts,
            reservation,
          );
          offers[index] = consumeOffer(offer, app, match.hostPorts);
          placed.push({ hostname: offer.hostname, attributes: offer.attributes });
          remaining -= 1;
        }
        if (remaining === 0) break;
      }
    }
  }

  private onStatus(update: TaskStatusUpdate): void {
    const owner = this.containerOwners.get(update.taskId);
    const instance = this.instances.get(owner ?? update.taskId);
    if (!instance) return;
    if (owner === undefined) {
      instance.state = update.state;
      // Marathon's own checks (health-checks.ts), once they ran, decide; Mesos' flag otherwise.
      if (update.healthy !== undefined && !instance.health) instance.healthy = update.healthy;
    } else {
      this.onContainerStatus(instance, update);
    }
    if (update.state === 'TASK_RUNNING' && instance.startedAt === undefined) {
      instance.startedAt = update.timestamp;
    }
    const app = this.runSpec(instance.appId);
    this.publish('status_update_event', {
      slaveId: instance.agentId,
      taskId: update.taskId,
      taskStatus: update.state,
      message: update.message ?? '',
      appId: instance.appId,
      host: instance.host,
      ipAddresses: [],
      ports: instance.ports,
      version: instance.version,
    });
    this.publish('instance_changed_event', {
      instanceId: instance.instanceId,
      condition: instanceCondition(instance.state),
      runSpecId: instance.appId,
      agentId: instance.agentId,
      host: instance.host,
      runSpecVersion: instance.version,
    });
    if (TERMINAL_TASK_STATES.includes(instance.state) || instance.state === 'TASK_UNREACHABLE') {
      this.instances.delete(instance.taskId);
      for (const task of instance.containers ?? []) this.containerOwners.delete(task.taskId);
      if (instance.state !== 'TASK_KILLED' || !instance.killRequested) {
        this.lastFailures.set(instance.appId, {
          appId: instance.appId,
          host: instance.host,
          message: update.message ?? '',
          state: instance.state,
          taskId: update.taskId,
          timestamp: isoTime(update.timestamp),
          version: instance.version,
          slaveId: instance.agentId,
        });
      }
      if (app && FAILURE_STATES.includes(instance.state) && !instance.killRequested) {
        this.advanceBackoff(instance.appId, app);
      }
    }
    this.progress();
  }

  /** A pod instance takes the state of its containers; one ending ends the others (as the executor does). */
  private onContainerStatus(instance: Instance, update: TaskStatusUpdate): void {
    const containers = instance.containers ?? [];
    const container = containers.find((c) => c.taskId === update.taskId);
    if (!container) return;
    container.state = update.state;
    if (update.healthy !== undefined) container.healthy = update.healthy;
    if (update.state === 'TASK_RUNNING') container.startedAt ??= update.timestamp;
    const ended = TERMINAL_TASK_STATES.includes(update.state);
    if (ended && !instance.killRequested) {
      for (const other of containers) {
        if (!TERMINAL_TASK_STATES.includes(other.state)) this.options.scheduler.kill(other.taskId);
      }
    }
    instance.state = aggregateState(containers);
    instance.healthy = containers.every((c) => c.healthy !== false);
  }

  private advanceBackoff(appId: string, app: JsonObject): void {
    const failures = (this.backoffs.get(appId)?.failures ?? 0) + 1;
    const seconds = Math.min(
      Number(app.backoffSeconds) * Number(app.backoffFactor) ** (failures - 1),
      Number(app.maxLaunchDelaySeconds),
    );
    this.backoffs.set(appId, { failures, delayUntil: this.now() + seconds * 1000 });
  }

  private runHealthChecks(): void {
    for (const instance of [...this.instances.values()]) {
      const app = this.apps.get(instance.appId)?.app;
      if (!app) continue;
      runHealthChecks(app, instance, this.now(), {
        changed: (i, index, alive) =>
          this.publish('health_status_changed_event', {
            appId: i.appId,
            instanceId: i.instanceId,
            version: i.version,
            alive,
          }),
        failed: (i, index) =>
          this.publish('failed_health_check_event', {
            appId: i.appId,
            taskId: i.taskId,
            instanceId: i.instanceId,
            healthCheck: (app.healthChecks as JsonObject[])[index],
          }),
        unhealthy: (i, index) => {
          this.publish('unhealthy_instance_kill_event', {
            appId: i.appId,
            taskId: i.taskId,
            instanceId: i.instanceId,
            version: i.version,
            reason: i.health?.[index]?.lastFailureCause ?? '',
            host: i.host,
            slaveId: i.agentId,
          });
          this.kill(i);
        },
      });
    }
  }

  /** One scheduler round at model time: finish what is done, then match offers for the queue. */
  tick(): void {
    this.runHealthChecks();
    this.progress();
    this.progressing = true;
    try {
      this.offerRound();
    } finally {
      this.progressing = false;
    }
    this.progress();
  }

  isDelayed(appId: string): boolean {
    return (this.backoffs.get(appId)?.delayUntil ?? 0) > this.now();
  }
}
