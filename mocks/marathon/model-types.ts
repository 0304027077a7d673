import type {
  MarathonDeploymentActionName,
  MarathonOfferRejectReason,
} from '../../src/api/marathon';
import type { TaskState } from '../../src/api/mesos';
import type { AgentOffer } from '../contracts';
import type { HealthResult } from './health-checks';
import type { JsonObject } from './json';
import type { Reservation } from './resident';

/** One launched instance of an app (Marathon keeps only non-terminal ones). */
export interface Instance {
  taskId: string;
  instanceId: string;
  appId: string;
  agentId: string;
  host: string;
  attributes: Record<string, string | number>;
  state: TaskState;
  ports: number[];
  servicePorts: number[];
  stagedAt: number;
  startedAt?: number;
  /** App version the instance was launched with. */
  version: string;
  /** `versionInfo.lastConfigChangeAt` at launch: instances of an older config get replaced. */
  configVersion: string;
  killRequested: boolean;
  healthy?: boolean;
  /** Marathon's health check results, one per `healthChecks` entry, once checks ran. */
  health?: HealthResult[];
  /** A resident instance's reservation (resident.ts): its agent and persistent volumes. */
  reservation?: Reservation;
  /** A pod instance's containers, one Mesos task each (`taskId` is then the instance id). */
  containers?: PodContainerTask[];
}

export interface PodContainerTask {
  name: string;
  taskId: string;
  state: TaskState;
  /** Host ports of this container's endpoints, in endpoint order. */
  ports: number[];
  stagedAt: number;
  startedAt?: number;
  healthy?: boolean;
}

export interface DeploymentAction {
  action: MarathonDeploymentActionName;
  app: string;
}

export interface DeploymentApp {
  appId: string;
  /** Definition before the change (undefined: the app did not exist). */
  original: JsonObject | undefined;
  /** Definition after the change (undefined: the app is being destroyed). */
  target: JsonObject | undefined;
}

export interface Deployment {
  id: string;
  version: string;
  apps: DeploymentApp[];
  steps: DeploymentAction[][];
  /** 0-based index of the running step. */
  stepIndex: number;
}

export interface OfferRecord {
  offer: AgentOffer;
  /** Every reason this offer did not fit; empty when it was used. */
  reasons: MarathonOfferRejectReason[];
  timestamp: number;
}

/** An app with instances still to launch, and what offer matching saw so far. */
export interface QueueEntry {
  appId: string;
  count: number;
  since: number;
  processedOffersCount: number;
  unusedOffersCount: number;
  lastUnusedOfferAt?: number;
  lastUsedOfferAt?: number;
  /** Per reason (REJECT_REASONS order), summed over this launch attempt. */
  attemptDeclined: number[];
  attemptProcessed: number[];
  /** Last offer per agent. */
  lastOffers: Map<string, OfferRecord>;
}

export interface Backoff {
  failures: number;
  delayUntil: number;
}

export interface AppRecord {
  app: JsonObject;
  /** Stored versions, oldest first (at most 50, as `--zk_max_versions`). */
  versions: JsonObject[];
}
