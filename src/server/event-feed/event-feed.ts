import type { ClusterModel, ClusterSnapshot } from '../cluster-model';
import { asRecord } from '../cluster-model/read-json';
import type { MarathonEvents } from '../streams/marathon-events';
import type { MesosSubscription } from '../streams/mesos-subscription';
import { marathonFeedEntry, mesosFeedEntry, type FeedEntry } from './feed-events';
import { FeedRing } from './feed-ring';

export interface EventFeedSources {
  model: ClusterModel;
  mesos: Pick<MesosSubscription, 'onEvent'>;
  marathon: Pick<MarathonEvents, 'onEvent'>;
  now?: () => number;
}

export interface EventFeed {
  ring: FeedRing;
  close(): void;
}

function appOfTask(snapshot: ClusterSnapshot | null, taskId: string): string | null {
  const index = snapshot?.taskIndex.get(taskId);
  return index === undefined ? null : (snapshot?.tasks[index]?.appId ?? null);
}

/**
 * Fills the feed's ring from the proxy's one Mesos stream and one Marathon stream. While Mesos is
 * polled (a master without the v1 API), each new snapshot is compared with the one before and
 * every task whose state changed becomes an entry: the feed then lags by a poll interval but
 * misses no state a poll saw. Marathon's events exist only on its stream.
 */
export function createEventFeed(sources: EventFeedSources): EventFeed {
  const { model } = sources;
  const now = sources.now ?? Date.now;
  const ring = new FeedRing();
  const add = (entry: FeedEntry | null) => {
    if (entry !== null) ring.add(entry);
  };
  const stopMarathon = sources.marathon.onEvent((type, body) =>
    add(marathonFeedEntry(type, body, now())),
  );
  const stopMesos = sources.mesos.onEvent((event) =>
    add(mesosFeedEntry(asRecord(event), now(), (taskId) => appOfTask(model.snapshot(), taskId))),
  );
  /** Task id -> state in the last polled snapshot; null until a polled snapshot is seen. */
  let polledStates: Map<string, string> | null = null;
  const stopModel = model.subscribe((snapshot) => {
    if (model.stateFeed() !== 'poll') {
      polledStates = null;
      return;
    }
    const states = new Map<string, string>();
    for (const [id, index] of snapshot.taskIndex) {
      const task = snapshot.tasks[index];
      if (task === undefined) continue;
      states.set(id, task.state);
      if (polledStates === null || polledStates.get(id) === task.state) continue;
      add(
        mesosFeedEntry(
          {
            type: 'TASK_UPDATED',
            task_updated: {
              framework_id: task.frameworkId,
              state: task.state,
              status: {
                task_id: task.id,
                agent_id: task.agentId,
                ...(task.updatedAt !== null && { timestamp: task.updatedAt / 1000 }),
              },
            },
          },
          now(),
          () => task.appId,
        ),
      );
    }
    polledStates = states;
  });
  return {
    ring,
    close() {
      stopMarathon();
      stopMesos();
      stopModel();
    },
  };
}
