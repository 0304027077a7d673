/**
 * The simulated Mesos side: a seeded model of masters, agents, frameworks and tasks plus the
 * MSW handlers that serve it as real Mesos would.
 */
import type { RequestHandler } from 'msw';
import { createMesosHandlers } from './handlers/mesos-handlers';
import { MesosModel } from './mesos-model';
import { createPrng } from './prng';
import { seedFinishedSparkJob } from './seed-history';
import { addSyntheticTasks } from './synthetic-load';

export { MesosModel } from './mesos-model';
export type { FrameworkRegistration } from './mesos-model';

/** 2024-01-15T08:00:00Z: a fixed start keeps ids, timestamps and logs reproducible. */
export const DEFAULT_START_TIME = Date.UTC(2024, 0, 15, 8, 0, 0);

export interface MesosSimulationOptions {
  seed: number;
  startTime: number;
  masters: number;
  agents: number;
  /** Running tasks of a `load-generator` framework spread over the agents (scale tests). */
  extraTasks: number;
  /** Model time of log output already in every sandbox file when its task starts; default 0. */
  logBacklogMs?: number;
  /** False: masters of a generation before 1.0, without `/api/v1`. Default true. */
  operatorApi?: boolean;
  /** SUBSCRIBE's `heartbeat_interval_seconds`; default 15 like Mesos. */
  heartbeatIntervalSeconds?: number;
  /** What masters and agents report as their version; default MESOS_VERSION. */
  version?: string;
}

export interface MesosSimulation {
  model: MesosModel;
  handlers(): RequestHandler[];
  /**
   * Frozen, the SUBSCRIBE streams open now stay open but send nothing, not even heartbeats
   * (streams opened later work); unfrozen, they resume.
   */
  freezeSubscribers(frozen: boolean): void;
}

export function createMesosSimulation(options: MesosSimulationOptions): MesosSimulation {
  const model = new MesosModel({
    prng: createPrng(options.seed),
    startTime: options.startTime,
    masters: options.masters,
    agents: options.agents,
    logBacklogMs: options.logBacklogMs ?? 0,
    ...(options.version !== undefined && { version: options.version }),
  });
  seedFinishedSparkJob(model);
  addSyntheticTasks(model, options.extraTasks);
  const streams = new Set<{ silent: boolean }>();
  const handlers = createMesosHandlers(model, {
    enabled: options.operatorApi ?? true,
    heartbeatIntervalSeconds: options.heartbeatIntervalSeconds ?? 15,
    streams,
  });
  return {
    model,
    handlers: () => handlers,
    freezeSubscribers: (frozen) => {
      for (const stream of streams) stream.silent = frozen;
    },
  };
}
