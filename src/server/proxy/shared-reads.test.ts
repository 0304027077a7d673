import { describe, expect, it } from 'vitest';
import { defined } from '../test-support/defined';
import { CONSOLE } from '../test-support/console-request';
import { getJson } from '../test-support/proxy-harness';
import { proxyOnFakeUpstreams } from '../test-support/proxy-on-fake-upstreams';
import type { ForwardOutcome } from './leader-forwarder';
import { SharedReads } from './shared-reads';

function answerWith(text: string, statusCode = 200): ForwardOutcome {
  return {
    kind: 'upstream',
    origin: 'http://m1:5050',
    response: {
      statusCode,
      headers: { 'content-type': 'application/json' },
      body: { arrayBuffer: async () => new TextEncoder().encode(text).buffer },
    } as unknown as Extract<ForwardOutcome, { kind: 'upstream' }>['response'],
  };
}

describe('SharedReads', () => {
  function setUp() {
    let now = 0;
    let leader: string | null = 'http://m1:5050';
    let loads = 0;
    const reads = new SharedReads({ leader: () => leader, freshMs: 4_000, now: () => now });
    const read = (status = 200) =>
      reads.read('/master/slaves', async () => answerWith(`read ${++loads}`, status));
    return {
      reads,
      read,
      loads: () => loads,
      advance: (ms: number) => (now += ms),
      elect: (next: string | null) => (leader = next),
    };
  }

  it('shares only plain GETs of the heavy leader endpoints', () => {
    const { reads } = setUp();
    expect(reads.shares('GET', '/master/slaves')).toBe(true);
    expect(reads.shares('GET', '/master/frameworks')).toBe(true);
    expect(reads.shares('GET', '/master/slaves?slave_id=S1')).toBe(false);
    expect(reads.shares('POST', '/master/slaves')).toBe(false);
    expect(reads.shares('GET', '/master/state')).toBe(false);
  });

  it('asks again once the window has passed', async () => {
    const { read, loads, advance } = setUp();
    await read();
    advance(3_999);
    await read();
    expect(loads()).toBe(1);
    advance(1);
    await read();
    expect(loads()).toBe(2);
  });

  it('never answers a new leader with the old one’s answer', async () => {
    const { read, loads, elect } = setUp();
    await read();
    elect('http://m2:5050');
    await read();
    expect(loads()).toBe(2);
  });

  it('keeps no failed answer for later readers', async () => {
    const { read, loads } = setUp();
    await read(503);
    await read();
    expect(loads()).toBe(2);
  });

  it('hands each upstream answer once to onRead, however many shared it', async () => {
    const seen: string[] = [];
    const reads = new SharedReads({
      leader: () => 'http://m1:5050',
      onRead: (path, answer) => seen.push(`${path} ${answer.statusCode}`),
    });
    const load = async () => answerWith('{}');
    await Promise.all([1, 2, 3].map(() => reads.read('/master/frameworks', load)));
    expect(seen).toEqual(['/master/frameworks 200']);
  });

  it('does not share a read that was under way when a write went through', async () => {
    const { reads, read, loads } = setUp();
    const before = read();
    reads.invalidate();
    await Promise.all([before, read()]);
    expect(loads()).toBe(2);
  });
});

describe('heavy leader reads through the proxy', () => {
  const running = proxyOnFakeUpstreams();
  const leaderReads = (path: string) =>
    defined(running.upstreams().masters[0]).requests.filter((request) => request.url === path)
      .length;
  const proxy = {
    get url() {
      return running.proxy().url;
    },
  };

  it('answers many tabs polling at once with one read of the leader', async () => {
    const before = leaderReads('/master/frameworks');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        getJson(`${proxy.url}/api/mesos/master/frameworks`, {
          headers: { 'accept-encoding': 'gzip' },
        }),
      ),
    );
    expect(leaderReads('/master/frameworks')).toBe(before + 1);
    // One answer for every asker: plain bytes, whatever encodings the first one accepted.
    const read = defined(running.upstreams().masters[0])
      .requests.filter((request) => request.url === '/master/frameworks')
      .at(-1);
    expect(read?.headers['accept-encoding']).toBeUndefined();
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ url: '/master/frameworks' });
    }
  });

  it('reads the leader again after a write through Stadium', async () => {
    await getJson(`${proxy.url}/api/mesos/master/frameworks`);
    const before = leaderReads('/master/frameworks');
    await getJson(`${proxy.url}/api/mesos/master/frameworks`);
    expect(leaderReads('/master/frameworks')).toBe(before);
    const teardown = await getJson(`${proxy.url}/api/mesos/master/teardown`, {
      method: 'POST',
      headers: { ...CONSOLE, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'frameworkId=f1',
    });
    expect(teardown.status).toBe(200);
    await getJson(`${proxy.url}/api/mesos/master/frameworks`);
    expect(leaderReads('/master/frameworks')).toBe(before + 1);
  });

  it.each(['/api/mesos/master/slaves', '/api/offers/first-seen'])(
    'still refuses a cross-site page before answering %s from what it holds',
    async (path) => {
      await getJson(`${proxy.url}${path}`);
      const { status } = await getJson(`${proxy.url}${path}`, {
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(status).toBe(403);
    },
  );
});
