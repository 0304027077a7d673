/**
 * Marathon REST API shapes (v1.4 .. 1.10). App definitions keep unknown fields: the JSON document
 * is the source of truth and must round-trip, so `MarathonApp` is open-ended.
 */

export type MarathonNetworkMode = 'host' | 'container/bridge' | 'container';

export interface MarathonPortMapping {
  containerPort?: number;
  hostPort?: number;
  servicePort?: number;
  protocol?: 'tcp' | 'udp' | 'udp,tcp';
  name?: string;
  labels?: Record<string, string>;
  networkNames?: string[];
}

export interface MarathonPortDefinition {
  port: number;
  protocol?: string;
  name?: string;
  labels?: Record<string, string>;
}

export interface MarathonVolume {
  containerPath: string;
  hostPath?: string;
  mode: 'RW' | 'RO';
  [extra: string]: unknown;
}

export interface MarathonContainer {
  type: 'DOCKER' | 'MESOS';
  docker?: {
    image: string;
    /** Marathon <= 1.4 form; 1.5+ accepts it on input and writes `networks` instead. */
    network?: 'HOST' | 'BRIDGE' | 'USER' | 'NONE';
    /** Marathon <= 1.4 form of `container.portMappings`. */
    portMappings?: MarathonPortMapping[];
    privileged?: boolean;
    forcePullImage?: boolean;
    parameters?: { key: string; value: string }[];
    [extra: string]: unknown;
  };
  portMappings?: MarathonPortMapping[];
  volumes?: MarathonVolume[];
  [extra: string]: unknown;
}

export interface MarathonHealthCheck {
  protocol?: 'HTTP' | 'HTTPS' | 'TCP' | 'COMMAND' | 'MESOS_HTTP' | 'MESOS_HTTPS' | 'MESOS_TCP';
  path?: string;
  portIndex?: number;
  port?: number;
  command?: { value: string };
  gracePeriodSeconds?: number;
  intervalSeconds?: number;
  timeoutSeconds?: number;
  maxConsecutiveFailures?: number;
  ignoreHttp1xx?: boolean;
  delaySeconds?: number;
  [extra: string]: unknown;
}

/** `[field, OPERATOR]` or `[field, OPERATOR, value]`. */
export type MarathonConstraint = [string, string] | [string, string, string];

export interface MarathonAppDefinition {
  id: string;
  cmd?: string | null;
  args?: string[] | null;
  user?: string;
  env?: Record<string, string | { secret: string }>;
  instances?: number;
  cpus?: number;
  mem?: number;
  disk?: number;
  gpus?: number;
  constraints?: MarathonConstraint[];
  container?: MarathonContainer | null;
  networks?: { mode: MarathonNetworkMode; name?: string; labels?: Record<string, string> }[];
  portDefinitions?: MarathonPortDefinition[];
  ports?: number[];
  requirePorts?: boolean;
  healthChecks?: MarathonHealthCheck[];
  labels?: Record<string, string>;
  backoffSeconds?: number;
  backoffFactor?: number;
  maxLaunchDelaySeconds?: number;
  upgradeStrategy?: { minimumHealthCapacity?: number; maximumOverCapacity?: number };
  acceptedResourceRoles?: string[];
  fetch?: { uri: string; executable?: boolean; extract?: boolean; cache?: boolean }[];
  uris?: string[];
  dependencies?: string[];
  [extra: string]: unknown;
}

export interface MarathonHealthCheckResult {
  alive: boolean;
  consecutiveFailures: number;
  firstSuccess: string | null;
  lastFailure: string | null;
  lastSuccess: string | null;
  lastFailureCause?: string | null;
  instanceId?: string;
  taskId?: string;
}

export interface MarathonTask {
  id: string;
  appId: string;
  host: string;
  slaveId: string;
  state: string;
  ports: number[];
  servicePorts: number[];
  ipAddresses?: { ipAddress: string; protocol: string }[];
  stagedAt: string;
  startedAt?: string | null;
  version: string;
  healthCheckResults?: MarathonHealthCheckResult[];
  /** Persistent volumes of a resident instance (apps with `persistent` volumes). */
  localVolumes?: MarathonLocalVolume[];
  role?: string;
}

/** `LocalVolumeId` (RAML types/localVolumes.raml): one persistent volume kept on the agent. */
export interface MarathonLocalVolume {
  runSpecId: string;
  containerPath: string;
  uuid: string;
  /** `<safePath>#<containerPath>#<uuid>`: the volume's id on the agent. */
  persistenceId: string;
}

export interface MarathonTaskFailure {
  appId: string;
  host: string;
  message: string;
  state: string;
  taskId: string;
  timestamp: string;
  version: string;
  slaveId?: string;
}

export interface MarathonTaskCounts {
  staged: number;
  running: number;
  healthy: number;
  unhealthy: number;
}

export interface MarathonTaskStats {
  startedAfterLastScaling?: { stats: { counts: MarathonTaskCounts } };
  withLatestConfig?: { stats: { counts: MarathonTaskCounts } };
  withOutdatedConfig?: { stats: { counts: MarathonTaskCounts } };
  totalSummary?: { stats: { counts: MarathonTaskCounts } };
}

/** AppInfo: the definition plus the status fields Marathon adds (and refuses on PUT). */
export interface MarathonApp extends MarathonAppDefinition {
  version: string;
  versionInfo?: { lastScalingAt: string; lastConfigChangeAt: string };
  tasksStaged: number;
  tasksRunning: number;
  tasksHealthy: number;
  tasksUnhealthy: number;
  deployments: { id: string }[];
  tasks?: MarathonTask[];
  lastTaskFailure?: MarathonTaskFailure;
  /** Up to Marathon 1.8. */
  taskStats?: MarathonTaskStats;
  /** Marathon 1.9+. */
  tasksStats?: MarathonTaskStats;
  readinessCheckResults?: unknown[];
}

/** Fields Marathon returns but refuses in a PUT/POST body. */
export const MARATHON_STATUS_FIELDS = [
  'version',
  'versionInfo',
  'tasksStaged',
  'tasksRunning',
  'tasksHealthy',
  'tasksUnhealthy',
  'deployments',
  'tasks',
  'lastTaskFailure',
  'taskStats',
  'tasksStats',
  'readinessCheckResults',
] as const;

export interface MarathonGroup {
  id: string;
  apps: MarathonApp[];
  groups: MarathonGroup[];
  pods?: MarathonPodStatus[];
  dependencies?: string[];
  version?: string;
}

/** RAML `podContainer.PodContainer` (the fields Stadium reads; the rest pass through). */
export interface MarathonPodContainer {
  name: string;
  resources: { cpus: number; mem: number; disk?: number; gpus?: number };
  image?: { kind: 'DOCKER' | 'APPC'; id: string; forcePull?: boolean };
  exec?: { command: { shell?: string; argv?: string[] } };
  endpoints?: {
    name: string;
    containerPort?: number;
    hostPort?: number;
    protocol?: string[];
    labels?: Record<string, string>;
  }[];
  healthCheck?: Record<string, unknown>;
  [field: string]: unknown;
}

/** RAML `pod.Pod`. */
export interface MarathonPod {
  id: string;
  version?: string;
  labels?: Record<string, string>;
  scaling?: { kind: 'fixed'; instances: number; maxInstances?: number };
  containers: MarathonPodContainer[];
  [field: string]: unknown;
}

/** RAML `podStatus.ContainerStatus`. */
export interface MarathonPodContainerStatus {
  name: string;
  status: string;
  statusSince: string;
  message?: string;
  containerId?: string;
  endpoints?: { name: string; allocatedHostPort?: number; healthy?: boolean }[];
  resources?: { cpus: number; mem: number; disk?: number; gpus?: number };
  lastUpdated: string;
  lastChanged: string;
}

export type MarathonPodInstanceState = 'PENDING' | 'STAGING' | 'STABLE' | 'DEGRADED' | 'TERMINAL';

/** RAML `podStatus.PodInstanceStatus`. */
export interface MarathonPodInstance {
  id: string;
  status: MarathonPodInstanceState;
  statusSince: string;
  message?: string;
  agentHostname?: string;
  agentId?: string;
  resources?: { cpus: number; mem: number; disk?: number; gpus?: number };
  networks?: { name?: string; addresses?: string[] }[];
  containers?: MarathonPodContainerStatus[];
  specReference?: string;
  lastUpdated: string;
  lastChanged: string;
}

/** RAML `podStatus.PodStatus` (`/v2/pods/{id}::status`). */
export interface MarathonPodStatus {
  id: string;
  spec: MarathonPod;
  status: 'DEGRADED' | 'STABLE' | 'TERMINAL';
  statusSince: string;
  message?: string;
  instances?: MarathonPodInstance[];
  lastUpdated: string;
  lastChanged: string;
}

export type MarathonDeploymentActionName =
  | 'StartApplication'
  | 'StopApplication'
  | 'ScaleApplication'
  | 'RestartApplication'
  | 'ResolveArtifacts'
  | 'StartPod'
  | 'StopPod'
  | 'ScalePod'
  | 'RestartPod';

export interface MarathonDeploymentAction {
  action: MarathonDeploymentActionName;
  app?: string;
  pod?: string;
  readinessCheckResults?: unknown[];
}

export interface MarathonDeployment {
  id: string;
  version: string;
  affectedApps: string[];
  affectedPods: string[];
  steps: { actions: MarathonDeploymentAction[] }[];
  currentActions: MarathonDeploymentAction[];
  /** 1-based. */
  currentStep: number;
  totalSteps: number;
}

/** Body of every "deployable" write; the id is also in the `Marathon-Deployment-Id` header. */
export interface MarathonDeploymentResult {
  deploymentId: string;
  version: string;
}

export type MarathonOfferRejectReason =
  | 'UnfulfilledRole'
  | 'UnfulfilledConstraint'
  | 'NoCorrespondingReservationFound'
  | 'AgentMaintenance'
  | 'InsufficientCpus'
  | 'InsufficientMemory'
  | 'InsufficientDisk'
  | 'InsufficientGpus'
  | 'InsufficientPorts'
  | 'DeclinedScarceResources';

export interface MarathonRejectSummary {
  reason: MarathonOfferRejectReason;
  declined: number;
  processed: number;
}

export interface MarathonQueueItem {
  app?: MarathonApp;
  pod?: MarathonPod;
  count: number;
  role?: string;
  delay: { timeLeftSeconds: number; overdue: boolean };
  since: string;
  processedOffersSummary: {
    processedOffersCount: number;
    unusedOffersCount: number;
    lastUnusedOfferAt?: string;
    lastUsedOfferAt?: string;
    rejectSummaryLastOffers: MarathonRejectSummary[];
    rejectSummaryLaunchAttempt: MarathonRejectSummary[];
  };
  lastUnusedOffers?: {
    offer: {
      id: string;
      agentId: string;
      hostname: string;
      resources: unknown[];
      attributes: unknown[];
    };
    timestamp: string;
    reason: MarathonOfferRejectReason[];
  }[];
}

export interface MarathonInfo {
  name: string;
  version: string;
  buildref?: string;
  elected: boolean;
  leader: string | null;
  frameworkId?: string;
  marathon_config: Record<string, unknown>;
  zookeeper_config: Record<string, unknown>;
  http_config: { http_port: number; https_port: number };
}

export interface MarathonError {
  message: string;
  /** An array of `{path, errors}` for 422/400, a plain string for Jackson parse errors. */
  details?: { path: string; errors: string[] }[] | string;
  deployments?: { id: string }[];
}
