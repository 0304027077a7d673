import { describe, expect, it } from 'vitest';
import { FeedRing } from './feed-ring';
import { marathonFeedEntry, mesosFeedEntry } from './feed-events';

const NOW = Date.parse('2026-01-02T03:04:05.000Z');

describe('feed entries from Marathon events', () => {
  it('files a deployment under its id and first app, a failed one under failures', () => {
    const plan = { id: 'd-1', steps: [{ actions: [{ action: 'ScaleApplication', app: '/web' }] }] };
    expect(marathonFeedEntry('deployment_success', { id: 'd-1', plan }, NOW)).toEqual({
      at: '2026-01-02T03:04:05.000Z',
      source: 'marathon',
      type: 'deployment_success',
      kind: 'deployment',
      deploymentId: 'd-1',
      appId: '/web',
      state: 'success',
    });
    expect(marathonFeedEntry('deployment_failed', { id: 'd-1', plan }, NOW)?.kind).toBe('failure');
  });

  it('reads health changes of old (taskId) and new (instanceId) Marathons', () => {
    const timestamp = '2026-01-02T00:00:00.000Z';
    expect(
      marathonFeedEntry(
        'health_status_changed_event',
        { appId: '/web', taskId: 'web.1', alive: false, timestamp },
        NOW,
      ),
    ).toMatchObject({
      kind: 'health',
      appId: '/web',
      taskId: 'web.1',
      healthy: false,
      at: timestamp,
    });
    expect(
      marathonFeedEntry('failed_health_check_event', { appId: '/web', instanceId: 'web.i1' }, NOW),
    ).toMatchObject({ kind: 'health', taskId: 'web.i1', healthy: false });
  });

  it('keeps only text where text belongs and leaves out events it does not list', () => {
    const entry = marathonFeedEntry(
      'status_update_event',
      { appId: { html: '<b>' }, taskId: 7, taskStatus: 'TASK_RUNNING', timestamp: 'not a time' },
      NOW,
    );
    expect(entry).toEqual({
      at: '2026-01-02T03:04:05.000Z',
      source: 'marathon',
      type: 'status_update_event',
      kind: 'status',
      state: 'TASK_RUNNING',
    });
    expect(marathonFeedEntry('instance_changed_event', {}, NOW)).toBeNull();
    expect(marathonFeedEntry('event_stream_attached', {}, NOW)).toBeNull();
  });

  it('names the group of a group change', () => {
    expect(marathonFeedEntry('group_change_success', { groupId: '/prod' }, NOW)).toMatchObject({
      kind: 'group',
      groupId: '/prod',
    });
  });
});

describe('feed entries from Mesos events', () => {
  it('reads a task update with the app the proxy joined and the status time', () => {
    const entry = mesosFeedEntry(
      {
        type: 'TASK_UPDATED',
        task_updated: {
          framework_id: { value: 'fw' },
          state: 'TASK_LOST',
          status: { task_id: { value: 't1' }, agent_id: { value: 'a1' }, timestamp: 1_700_000_000 },
        },
      },
      NOW,
      (taskId) => (taskId === 't1' ? '/web' : null),
    );
    expect(entry).toEqual({
      at: '2023-11-14T22:13:20.000Z',
      source: 'mesos',
      type: 'TASK_UPDATED',
      kind: 'failure',
      taskId: 't1',
      frameworkId: 'fw',
      agentId: 'a1',
      appId: '/web',
      state: 'TASK_LOST',
    });
    expect(mesosFeedEntry({ type: 'HEARTBEAT' }, NOW, () => null)).toBeNull();
  });
});

describe('the feed ring', () => {
  it('keeps the newest events and answers what came after a sequence number', () => {
    const ring = new FeedRing(3);
    for (const type of ['a', 'b', 'c', 'd', 'e']) {
      ring.add({ at: '', source: 'mesos', kind: 'task', type });
    }
    expect(ring.since(0).map((event) => event.type)).toEqual(['c', 'd', 'e']);
    expect(ring.since(4).map((event) => event.seq)).toEqual([5]);
    expect(ring.since(1).map((event) => event.seq)).toEqual([3, 4, 5]);
    // A number from before a restart (beyond the newest) gets everything kept.
    expect(ring.since(99)).toHaveLength(3);
  });
});
