/**
 * Each test gets its own Stadium: the real proxy serving the built SPA, in front of a fresh
 * simulated cluster over real HTTP on loopback ports. Tests steer the cluster through its control
 * hooks (elect another leader, stop an instance, lose an agent) and assert what an operator sees.
 */
import { test as base, expect } from '@playwright/test';
import type { SimulatedCluster, SimulatedClusterOptions } from '../../mocks';
import { startStadium, type RunningStadium } from '../../src/server/start-stadium';

interface StadiumFixtures {
  /** Shape of the simulated cluster, e.g. `test.use({ simulation: { agents: 10_000 } })`. */
  simulation: SimulatedClusterOptions | undefined;
  stadium: RunningStadium;
  cluster: SimulatedCluster;
}

export const test = base.extend<StadiumFixtures>({
  simulation: [undefined, { option: true }],
  stadium: async ({ simulation }, use) => {
    const stadium = await startStadium({ port: 0, logger: false, simulation });
    await use(stadium);
    await stadium.close();
  },
  cluster: async ({ stadium }, use) => {
    if (!stadium.simulation) {
      throw new Error('e2e tests need Stadium started on its simulated cluster');
    }
    await use(stadium.simulation.cluster);
  },
  baseURL: async ({ stadium }, use) => {
    await use(stadium.url);
  },
});

export { expect };
