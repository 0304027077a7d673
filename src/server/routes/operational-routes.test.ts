import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogFields } from '../observability/log';
import { countLogEvents, createMetrics } from '../observability/metrics';
import { recordRefusals } from '../observability/proxy-observer';
import { startStadium, type RunningStadium } from '../start-stadium';
import { defined } from '../test-support/defined';
import { parsePrometheusText, sampleValue } from '../test-support/prometheus-text';

async function get(url: string) {
  const response = await fetch(url);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** Asks until `check` accepts an answer; leader discovery notices a stopped node within seconds. */
async function waitFor<T>(ask: () => Promise<T>, check: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await ask();
    if (check(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('health, readiness and metrics on the simulated cluster', () => {
  let stadium: RunningStadium;
  const log: { message: string; fields?: LogFields }[] = [];
  const readyz = () => get(`${stadium.url}/readyz`);
  const metrics = async () => parsePrometheusText((await get(`${stadium.url}/metrics`)).text);

  beforeAll(async () => {
    stadium = await startStadium({
      port: 0,
      log: (message, fields) => log.push({ message, ...(fields && { fields }) }),
    });
  });

  afterAll(async () => {
    await stadium.close();
  });

  it('answers /healthz at once, without any browser headers', async () => {
    const health = await get(`${stadium.url}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'up' });
    expect(health.headers.get('cache-control')).toBe('no-store');
  });

  it('is ready with both leaders and a fresh model, 503 with the reason while Marathon has no leader, ready again after', async () => {
    const ready = await waitFor(readyz, (answer) => answer.status === 200);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({
      ready: true,
      marathonLeader: expect.any(String),
    });
    const changesBefore = sampleValue(await metrics(), 'stadium_leader_changes_total', {
      side: 'marathon',
    });

    const { cluster } = defined(stadium.simulation);
    // Model time moves only when this test says so: the Marathon election below waits for it.
    cluster.stopClock();
    const leader = cluster.marathon.instances().findIndex((instance) => instance.leader);
    cluster.marathon.stopInstance(leader);
    const lost = await waitFor(readyz, (answer) => answer.status === 503);
    expect(lost.status).toBe(503);
    expect(lost.headers.get('content-type')).toMatch(/^application\/json/);
    const reason = JSON.parse(lost.text) as { ready: boolean; reason: string };
    expect(reason).toMatchObject({ ready: false, marathonLeader: null });
    expect(reason.reason).toMatch(/^no Marathon leader: No Marathon instance is leading/);
    expect(sampleValue(await metrics(), 'stadium_leader_known', { side: 'marathon' })).toBe(0);

    // Browsers keep polling a side without a leader: the failure is logged once, not per poll.
    for (let poll = 0; poll < 3; poll++) {
      expect((await get(`${stadium.url}/api/marathon/v2/apps`)).status).toBe(503);
    }
    expect(log.filter((line) => line.fields?.event === 'upstream-error')).toEqual([
      {
        message: expect.stringMatching(/^marathon: No Marathon instance is leading/),
        fields: expect.objectContaining({ upstream: 'marathon', status: 503, level: 'warn' }),
      },
    ]);

    cluster.advance(60_000);
    const back = await waitFor(readyz, (answer) => answer.status === 200);
    expect(back.status).toBe(200);
    expect((await get(`${stadium.url}/api/marathon/v2/apps`)).status).toBe(200);
    expect(log.filter((line) => line.fields?.event === 'upstream-recovered')).toHaveLength(1);
    const changesAfter = sampleValue(await metrics(), 'stadium_leader_changes_total', {
      side: 'marathon',
    });
    expect(defined(changesAfter)).toBeGreaterThanOrEqual(defined(changesBefore) + 2);
    expect(
      log.filter(
        (line) => line.fields?.event === 'leader-change' && line.fields.side === 'marathon',
      ).length,
    ).toBeGreaterThanOrEqual(3);
  }, 40_000);

  it('serves Prometheus text that moves when requests are proxied', async () => {
    const response = await get(`${stadium.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const before = parsePrometheusText(response.text);
    const labels = { upstream: 'mesos', method: 'GET', status: '200' };
    const requests = sampleValue(before, 'stadium_proxied_requests_total', labels) ?? 0;
    const timed =
      sampleValue(before, 'stadium_upstream_response_seconds_count', { upstream: 'mesos' }) ?? 0;

    for (let i = 0; i < 3; i++) {
      expect((await get(`${stadium.url}/api/mesos/master/state-summary`)).status).toBe(200);
    }
    const after = await metrics();
    expect(sampleValue(after, 'stadium_proxied_requests_total', labels)).toBe(requests + 3);
    expect(
      sampleValue(after, 'stadium_upstream_response_seconds_count', { upstream: 'mesos' }),
    ).toBe(timed + 3);
    expect(sampleValue(after, 'stadium_leader', { side: 'mesos' })).toBe(1);
    expect(sampleValue(after, 'stadium_model_objects', { kind: 'agents' })).toBe(3);
    expect(sampleValue(after, 'stadium_model_state_bytes')).toBeGreaterThan(0);
    expect(sampleValue(after, 'stadium_model_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(after, 'stadium_open_connections')).toBeGreaterThanOrEqual(1);
    expect(sampleValue(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts the consoles holding /api/events open and the reconnects of the Mesos stream', async () => {
    const reconnects = async () =>
      sampleValue(await metrics(), 'stadium_stream_reconnects_total', {
        stream: 'mesos-subscribe',
      }) ?? 0;
    const before = await reconnects();
    const tab = new AbortController();
    const events = await fetch(`${stadium.url}/api/events`, { signal: tab.signal });
    expect(events.status).toBe(200);
    const consoles = async () => sampleValue(await metrics(), 'stadium_console_streams');
    expect(await waitFor(consoles, (count) => count === 1)).toBe(1);

    // A master that loses the lead ends its SUBSCRIBE streams: counted, and said in the log.
    defined(stadium.simulation).cluster.mesos.electAnotherLeader();
    expect(await waitFor(reconnects, (count) => count > before)).toBeGreaterThan(before);
    expect(log).toContainEqual({
      message: expect.stringMatching(/^mesos-subscribe: the stream ended \(.+\), reconnecting$/),
      fields: { event: 'stream-reconnect', stream: 'mesos-subscribe' },
    });

    tab.abort();
    expect(await waitFor(consoles, (count) => count === 0)).toBe(0);
  });

  it('answers only GET and HEAD there, itself', async () => {
    expect((await fetch(`${stadium.url}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const post = await fetch(`${stadium.url}/metrics`, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(await post.json()).toEqual({ message: 'No such Stadium route: POST /metrics' });
  });
});

describe('refusals', () => {
  it('are counted by reason and logged one line each', async () => {
    const metrics = createMetrics();
    const lines: { message: string; fields?: LogFields }[] = [];
    const record = recordRefusals(metrics, (message, fields) =>
      lines.push({ message, ...(fields && { fields }) }),
    );
    const refusal = { reason: 'foreign-host', status: 421, message: 'not a host Stadium serves' };
    record(refusal, { method: 'GET', url: '/api/mesos/master/state?jsonp=x' });
    record(refusal, { method: 'GET', url: '/' });
    record({ ...refusal, reason: 'cross-site', status: 403 }, { method: 'POST', url: '/api/x' });
    const samples = parsePrometheusText(await metrics.text());
    expect(sampleValue(samples, 'stadium_refused_requests_total', { reason: 'foreign-host' })).toBe(
      2,
    );
    expect(sampleValue(samples, 'stadium_refused_requests_total', { reason: 'cross-site' })).toBe(
      1,
    );
    expect(lines[0]).toEqual({
      message: 'refused GET /api/mesos/master/state: not a host Stadium serves',
      fields: {
        event: 'refused',
        level: 'warn',
        reason: 'foreign-host',
        status: 421,
        method: 'GET',
        path: '/api/mesos/master/state',
      },
    });
  });
});

describe('stream reconnects', () => {
  it('are counted from the reconnect notes, which still reach the log', async () => {
    const metrics = createMetrics();
    const lines: string[] = [];
    const log = countLogEvents((message) => lines.push(message), metrics);
    log('zookeeper h1:2181: disconnected, reconnecting', {
      event: 'stream-reconnect',
      stream: 'zookeeper',
    });
    log('mesos leader: a -> b', { event: 'leader-change' });
    const samples = parsePrometheusText(await metrics.text());
    expect(sampleValue(samples, 'stadium_stream_reconnects_total', { stream: 'zookeeper' })).toBe(
      1,
    );
    expect(lines).toHaveLength(2);
  });
});
