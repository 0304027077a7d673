import { startFakeMarathonGroup, type FakeMarathonGroup } from './fake-marathon';
import { startFakeMesosMasters, type FakeMesosMaster } from './fake-mesos-master';

export interface FakeUpstreams {
  masters: FakeMesosMaster[];
  marathon: FakeMarathonGroup;
  /** The URL lists Stadium takes as `mesos` and `marathon`, in start order. */
  sources: { mesos: string; marathon: string };
  stop(): Promise<void>;
}

/** Fake Mesos masters and Marathon instances on port 0, each side with the given leader. */
export async function startFakeUpstreams(options: {
  masters: number;
  mesosLeader?: number;
  marathons: number;
  marathonLeader?: number;
}): Promise<FakeUpstreams> {
  const masters = await startFakeMesosMasters(options.masters, options.mesosLeader);
  const marathon = await startFakeMarathonGroup(options.marathons, options.marathonLeader);
  return {
    masters,
    marathon,
    sources: {
      mesos: masters.map((m) => m.url).join(','),
      marathon: marathon.instances.map((i) => i.url).join(','),
    },
    async stop() {
      await Promise.all([...masters.map((m) => m.stop()), marathon.stop()]);
    },
  };
}
