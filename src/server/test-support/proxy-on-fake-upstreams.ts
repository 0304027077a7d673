import { afterAll, beforeAll } from 'vitest';
import { defined } from './defined';
import { startFakeUpstreams, type FakeUpstreams } from './fake-upstreams';
import { startProxyUnderTest, type ProxyUnderTest } from './proxy-harness';

/**
 * Two fake masters (the first leading), one Marathon and Stadium on them, started once for the
 * describe block that calls this and stopped after it.
 */
export function proxyOnFakeUpstreams(): {
  upstreams: () => FakeUpstreams;
  proxy: () => ProxyUnderTest;
} {
  let upstreams: FakeUpstreams | undefined;
  let proxy: ProxyUnderTest | undefined;
  beforeAll(async () => {
    upstreams = await startFakeUpstreams({ masters: 2, marathons: 1 });
    proxy = await startProxyUnderTest(upstreams.sources);
  });
  afterAll(async () => {
    await proxy?.close();
    await upstreams?.stop();
  });
  return { upstreams: () => defined(upstreams), proxy: () => defined(proxy) };
}
