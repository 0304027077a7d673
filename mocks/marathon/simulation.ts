/** Wires the Marathon model, its HA instances and its HTTP handlers into a MarathonSimulation. */
import type { CreateMarathonSimulation } from '../contracts';
import { parseAppDefinition } from './app-definition';
import { createMarathonHandlers } from './marathon-handlers';
import { MarathonInstances } from './marathon-instances';
import { MarathonModel } from './marathon-model';
import { SEED_APPS } from './seed-apps';

export const createMarathonSimulation: CreateMarathonSimulation = (options) => {
  const model = new MarathonModel({
    scheduler: options.scheduler,
    now: options.now,
    random: options.random,
  });
  const instances = new MarathonInstances(options.instanceAddresses, options.now);
  if (options.seedApps) {
    for (const app of SEED_APPS) model.createApp(parseAppDefinition(app), { force: false });
  }
  const handlers = createMarathonHandlers({
    model,
    instances,
    frameworkId: options.scheduler.frameworkId,
    mesosMasterAddress: options.mesosMasterAddress,
    eventStream: options.eventStream ?? true,
  });
  return {
    tick(now) {
      instances.tick(now);
      // Without a leader no Marathon is registered with Mesos: nothing is scheduled.
      if (instances.leaderIndexOrNull() !== null) model.tick();
    },
    instances: () => instances.list(),
    leader: () => instances.leader(),
    electAnotherLeader: (index) => instances.electAnotherLeader(index),
    stopInstance: (index) => instances.stopInstance(index),
    startInstance: (index) => instances.startInstance(index),
    setAddress: (oldAddress, newAddress) => instances.setAddress(oldAddress, newAddress),
    handlers: () => handlers,
  };
};
