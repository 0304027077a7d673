import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLiveEvents, LIVE_EVENTS_LOCK, liveEventsConnected } from './live-events';
import { pollEvery } from './polling';
import { clusterKeys, marathonKeys } from './query-keys';

/** Stands in for the browser's EventSource: the test plays the server. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown = {}) {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (next: DocumentVisibilityState) => {
  visibility = next;
  document.dispatchEvent(new Event('visibilitychange'));
};

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  visibility = 'visible';
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A query client holding one pushed query per side and one that is only polled. */
function clientWithQueries() {
  const client = new QueryClient();
  const keys = {
    tasks: clusterKeys.taskList({ state: 'active' }),
    apps: marathonKeys.appList(),
    history: clusterKeys.metricsHistory(),
  };
  for (const key of Object.values(keys)) client.setQueryData(key, 'data');
  const invalidated = () =>
    Object.entries(keys)
      .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
      .map(([name]) => name);
  const reset = () => {
    for (const key of Object.values(keys)) client.setQueryData(key, 'data');
  };
  return { client, invalidated, reset };
}

/** navigator.locks for one lock name: requests are granted in turn, a waiting one can be aborted. */
class FakeLocks {
  private held = false;
  private readonly waiting: (() => void)[] = [];
  readonly names: string[] = [];
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>) {
    this.names.push(name);
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        this.held = true;
        void callback().then(() => {
          this.held = false;
          resolve();
          this.waiting.shift()?.();
        });
      };
      if (!this.held) return grant();
      this.waiting.push(grant);
      options.signal?.addEventListener('abort', () => {
        const index = this.waiting.indexOf(grant);
        if (index === -1) return;
        this.waiting.splice(index, 1);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
}

const polls = (key: readonly unknown[]) => {
  const interval = pollEvery(2_000).refetchInterval;
  return interval({ queryKey: key });
};

describe('connectLiveEvents', () => {
  it('re-reads pushed queries on hello and per event, and stops polling them while connected', () => {
    const { client, invalidated, reset } = clientWithQueries();
    const stop = connectLiveEvents(client);
    const [source] = FakeEventSource.opened;
    expect(source?.url).toBe('/api/events');
    expect(polls(clusterKeys.tasks())).toBe(2_000);

    source?.emit('hello', { type: 'hello', generation: 3, stale: false, feed: 'stream' });
    expect(liveEventsConnected()).toBe(true);
    expect(invalidated()).toEqual(['tasks', 'apps']);
    expect(polls(clusterKeys.tasks())).toBe(false);
    expect(polls(marathonKeys.deployments())).toBe(false);
    expect(polls(clusterKeys.metricsHistory())).toBe(2_000);

    reset();
    source?.emit('cluster', { type: 'cluster', generation: 4, stale: false, feed: 'stream' });
    expect(invalidated()).toEqual(['tasks']);
    reset();
    source?.emit('marathon', { type: 'marathon', events: ['deployment_success'] });
    expect(invalidated()).toEqual(['apps']);

    // A dropped connection: polling takes over until the next hello.
    reset();
    source?.emit('error');
    expect(liveEventsConnected()).toBe(false);
    expect(invalidated()).toEqual(['tasks', 'apps']);
    expect(polls(clusterKeys.tasks())).toBe(2_000);
    stop();
    expect(source?.closed).toBe(true);
  });

  it('on hello, keeps the model answers of the snapshot it names and reads in flight', () => {
    const client = new QueryClient();
    const current = clusterKeys.taskList({ offset: 0 });
    const older = clusterKeys.taskList({ offset: 100 });
    const summary = clusterKeys.summary();
    const staleSummary = clusterKeys.frameworkLists();
    client.setQueryData(current, { rows: [], generation: 7 });
    client.setQueryData(older, { rows: [], generation: 6 });
    client.setQueryData(summary, { status: { generation: 7, stale: false } });
    client.setQueryData(staleSummary, { status: { generation: 7, stale: true } });
    const inFlight = clusterKeys.task('t1');
    void client.prefetchQuery({ queryKey: inFlight, queryFn: () => new Promise(() => {}) });
    const stop = connectLiveEvents(client);
    FakeEventSource.opened[0]?.emit('hello', {
      type: 'hello',
      generation: 7,
      stale: false,
      feed: 'stream',
    });
    const invalidated = [current, older, summary, staleSummary, inFlight].map(
      (key) => client.getQueryState(key)?.isInvalidated,
    );
    expect(invalidated).toEqual([false, true, false, true, false]);
    stop();
  });

  it('re-reads pods (list, page, versions) on a pod event, as it does apps', () => {
    const client = new QueryClient();
    const keys = [marathonKeys.podList(), marathonKeys.pod('/shop/cart')];
    for (const key of keys) client.setQueryData(key, 'data');
    const stop = connectLiveEvents(client);
    const [source] = FakeEventSource.opened;
    source?.emit('hello');
    for (const key of keys) client.setQueryData(key, 'data');
    source?.emit('marathon', { type: 'marathon', events: ['pod_created_event'] });
    expect(keys.map((key) => client.getQueryState(key)?.isInvalidated)).toEqual([true, true]);
    expect(polls(marathonKeys.podVersions('/shop/cart'))).toBe(false);
    stop();
  });

  it('closes a hidden tab after the grace period and resyncs when it is shown again', () => {
    vi.useFakeTimers();
    const { client } = clientWithQueries();
    const stop = connectLiveEvents(client, { hiddenGraceMs: 30_000 });
    FakeEventSource.opened[0]?.emit('hello');

    setVisibility('hidden');
    vi.advanceTimersByTime(10_000);
    setVisibility('visible');
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(FakeEventSource.opened[0]?.closed).toBe(false);

    setVisibility('hidden');
    vi.advanceTimersByTime(30_000);
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    expect(liveEventsConnected()).toBe(false);

    setVisibility('visible');
    expect(FakeEventSource.opened).toHaveLength(2);
    FakeEventSource.opened[1]?.emit('hello');
    expect(liveEventsConnected()).toBe(true);
    stop();
  });

  it('keeps one connection per browser: one tab holds it and relays, the next takes over', async () => {
    const locks = new FakeLocks();
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    try {
      const tabs = [new QueryClient(), new QueryClient()];
      const key = clusterKeys.taskList({ state: 'active' });
      for (const tab of tabs) tab.setQueryData(key, 'data');
      const stops = tabs.map((tab) => connectLiveEvents(tab));
      expect(FakeEventSource.opened).toHaveLength(1);
      expect(locks.names).toEqual([LIVE_EVENTS_LOCK, LIVE_EVENTS_LOCK]);

      FakeEventSource.opened[0]?.emit('cluster', { type: 'cluster', generation: 4 });
      await vi.waitFor(() =>
        expect(tabs.map((tab) => tab.getQueryState(key)?.isInvalidated)).toEqual([true, true]),
      );

      // The holder goes away: the other tab opens the connection and hears its hello.
      stops[0]?.();
      expect(FakeEventSource.opened[0]?.closed).toBe(true);
      await vi.waitFor(() => expect(FakeEventSource.opened).toHaveLength(2));
      tabs[1]?.setQueryData(key, 'data');
      FakeEventSource.opened[1]?.emit('hello', { type: 'hello', generation: 5 });
      expect(liveEventsConnected()).toBe(true);
      expect(tabs[1]?.getQueryState(key)?.isInvalidated).toBe(true);
      stops[1]?.();
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });
});
