import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedEvent } from '../../../../api/event-feed';
import { giveVirtualTablesHeight } from '../../../testing/jsdom-viewport';
import { renderApp } from '../../../testing/render-app';
import { serveSimulatedCluster } from '../../../testing/simulated-api';

serveSimulatedCluster();

/** jsdom has no EventSource: this one lets a test open, push to and close the feed. */
class FakeEventSource extends EventTarget {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  push(...events: FeedEvent[]) {
    for (const event of events) {
      this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(event) }));
    }
  }
  refuse() {
    this.readyState = FakeEventSource.CLOSED;
    this.dispatchEvent(new Event('error'));
  }
}

let undoHeight: () => void;
beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  undoHeight = giveVirtualTablesHeight();
});
afterEach(() => {
  vi.unstubAllGlobals();
  undoHeight();
});

const feeds = () => FakeEventSource.opened.filter((source) => source.url === '/api/feed');
async function openedFeed(): Promise<FakeEventSource> {
  await waitFor(() => expect(feeds()).toHaveLength(1));
  const feed = feeds()[0] as FakeEventSource;
  act(() => feed.open());
  return feed;
}

const failure: FeedEvent = {
  seq: 1,
  at: '2026-01-02T03:04:05.000Z',
  source: 'mesos',
  kind: 'failure',
  type: 'TASK_UPDATED',
  taskId: 'basic-0.abc',
  frameworkId: 'fw-1',
  agentId: 'agent-1',
  appId: '/basic-0',
  state: 'TASK_FAILED',
  message: '<img src=x onerror=alert(1)>',
};
const deployment: FeedEvent = {
  seq: 2,
  at: '2026-01-02T03:04:06.000Z',
  source: 'marathon',
  kind: 'deployment',
  type: 'deployment_success',
  deploymentId: 'd-1',
  appId: '/nginx',
  state: 'success',
};
const health: FeedEvent = {
  seq: 3,
  at: '2026-01-02T03:04:07.000Z',
  source: 'marathon',
  kind: 'health',
  type: 'health_status_changed_event',
  appId: '/tomcat',
  taskId: 'tomcat.1',
  healthy: false,
};

const items = () =>
  within(screen.getByRole('list', { name: 'Events, newest first' })).getAllByRole('listitem');

describe('the event feed page', () => {
  it('lists events newest first, with links to what they concern and upstream text as text', async () => {
    renderApp({ route: '/events' });
    const feed = await openedFeed();
    act(() => feed.push(failure, deployment));
    await waitFor(() => expect(items()).toHaveLength(2));
    const [newest, oldest] = items() as [HTMLElement, HTMLElement];
    expect(within(newest).getByText('deployment_success')).toBeTruthy();
    expect(within(newest).getByRole('link', { name: 'd-1' }).getAttribute('href')).toBe(
      '/deployments',
    );
    expect(within(oldest).getByRole('link', { name: 'basic-0.abc' }).getAttribute('href')).toBe(
      '/tasks/basic-0.abc?framework=fw-1',
    );
    expect(within(oldest).getByRole('link', { name: '/basic-0' }).getAttribute('href')).toBe(
      '/apps/%2Fbasic-0',
    );
    expect(within(oldest).getByRole('link', { name: 'agent-1' }).getAttribute('href')).toBe(
      '/agents/agent-1',
    );
    expect(within(oldest).getByText('Mesos · Failure')).toBeTruthy();
    expect(within(oldest).getByText('TASK_FAILED — <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Live: new events appear at the top.');
  });

  it('draws only the events in view of a full feed (1000), each placed in the whole list', async () => {
    renderApp({ route: '/events' });
    const feed = await openedFeed();
    const many = Array.from({ length: 1000 }, (_, i) => ({
      ...deployment,
      seq: i + 1,
      deploymentId: `d-${i + 1}`,
    }));
    act(() => feed.push(...many));
    await waitFor(() => expect(items()[0]?.textContent).toContain('d-1000'));
    // 720 px of viewport at 64 px an event, plus the overscan: a few dozen, not 1000.
    expect(items().length).toBeGreaterThan(5);
    expect(items().length).toBeLessThan(40);
    expect(items()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(items()[0]?.getAttribute('aria-setsize')).toBe('1000');
  });

  it('filters by source, kind and text from the URL, and writes a changed filter back', async () => {
    const { user, router } = renderApp({ route: '/events?kind=health' });
    const feed = await openedFeed();
    act(() => feed.push(failure, deployment, health));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(within(items()[0] as HTMLElement).getByText('unhealthy')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'marathon');
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(router.state.location.search).toBe('?source=marathon');
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'nginx');
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(router.state.location.search).toBe('?source=marathon&q=nginx');
    await user.clear(screen.getByRole('searchbox', { name: 'Search events' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'nothing-like-it');
    expect(await screen.findByText('No events match these filters.')).toBeTruthy();
  });

  it('pauses: the list stays as it was, counts what arrives, and resumes', async () => {
    const { user, router } = renderApp({ route: '/events' });
    const feed = await openedFeed();
    act(() => feed.push(failure));
    await waitFor(() => expect(items()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(router.state.location.search).toBe('?paused=1');
    act(() => feed.push(deployment, health));
    expect(
      await screen.findByText('Paused: 2 newer events are not shown.', {
        selector: '[role=status]',
      }),
    ).toBeTruthy();
    expect(items()).toHaveLength(1);
    const resume = screen.getByRole('button', { name: 'Resume' });
    expect(resume.getAttribute('aria-pressed')).toBe('true');
    await user.click(resume);
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(router.state.location.search).toBe('');
  });

  it('says when the feed was refused, and reconnects on request', async () => {
    const { user } = renderApp({ route: '/events' });
    const feed = await openedFeed();
    expect(
      screen.getByText('No events yet: they appear here as Marathon and Mesos report changes.'),
    ).toBeTruthy();
    act(() => feed.refuse());
    await user.click(await screen.findByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(feeds()).toHaveLength(2));
    expect(feed.readyState).toBe(FakeEventSource.CLOSED);
  });
});
