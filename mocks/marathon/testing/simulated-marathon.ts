/** Test harness: a Marathon simulation over the fake SchedulerPort, served through msw/node. */
import type { MarathonSimulation } from '../../contracts';
import { useMswTestServer } from '../../testing/msw-test-server';
import { createMarathonSimulation } from '../index';
import { FakeSchedulerPort, type FakeAgentSpec } from './fake-scheduler-port';

export const MARATHON_ADDRESSES = [
  'marathon-1.mesos.test:8080',
  'marathon-2.mesos.test:8080',
  'marathon-3.mesos.test:8080',
];
export const START_TIME = Date.UTC(2024, 0, 15, 8, 0, 0);
const TICK_MS = 500;

/** Deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const threeAgents = (): FakeAgentSpec[] =>
  ['slave-1', 'slave-2', 'slave-3'].map((hostname) => ({ hostname }));

export interface SimulatedMarathon {
  scheduler: FakeSchedulerPort;
  simulation: MarathonSimulation;
  /** Advances model time in scheduler-sized ticks. */
  advance(ms: number): void;
  url(path: string, instance?: number): string;
}

export function createSimulatedMarathon(
  options: { agents?: FakeAgentSpec[]; seedApps?: boolean } = {},
): SimulatedMarathon {
  const scheduler = new FakeSchedulerPort(options.agents ?? threeAgents(), START_TIME);
  const simulation = createMarathonSimulation({
    scheduler,
    now: () => scheduler.now,
    random: seededRandom(7),
    instanceAddresses: MARATHON_ADDRESSES,
    seedApps: options.seedApps ?? false,
    mesosMasterAddress: () => 'master-1.mesos.test:5050',
  });
  return {
    scheduler,
    simulation,
    advance(ms) {
      for (let elapsed = 0; elapsed < ms; elapsed += TICK_MS) {
        scheduler.advance(Math.min(TICK_MS, ms - elapsed));
        simulation.tick(scheduler.now);
      }
    },
    url: (path, instance = 0) => `http://${MARATHON_ADDRESSES[instance] ?? ''}${path}`,
  };
}

/** Starts msw/node for the test file; each test installs a fresh simulation with `start()`. */
export function useSimulatedMarathonServer() {
  const server = useMswTestServer();
  return {
    start(options?: Parameters<typeof createSimulatedMarathon>[0]): SimulatedMarathon {
      const marathon = createSimulatedMarathon(options);
      server.use(...marathon.simulation.handlers());
      return marathon;
    },
  };
}
