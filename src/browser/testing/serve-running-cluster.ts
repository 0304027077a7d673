import { afterEach, beforeEach } from 'vitest';
import { giveVirtualTablesHeight } from './jsdom-viewport';
import { serveSimulatedCluster, type SimulatedApi } from './simulated-api';

/**
 * `serveSimulatedCluster()` for the cluster-model list pages: each test starts a minute of model
 * time in (seeded apps' tasks reach TASK_RUNNING within it), with virtual tables given a height.
 */
export function serveRunningCluster(): SimulatedApi {
  const api = serveSimulatedCluster();
  let undoHeight: (() => void) | undefined;
  beforeEach(() => {
    undoHeight = giveVirtualTablesHeight();
    api.cluster().advance(60_000);
  });
  afterEach(() => undoHeight?.());
  return api;
}
