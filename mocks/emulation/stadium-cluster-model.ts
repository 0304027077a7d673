/**
 * Stadium's `/api/cluster/*` for browser component tests, answered by the proxy's real cluster
 * model and routes (src/server/cluster-model) over the simulated cluster: the same rows, slices,
 * ETags and errors the proxy serves. The model runs no timers: it reads the cluster again before
 * answering whenever model time moved, a leader changed or an agent came or went, so tests stay
 * deterministic under `cluster.advance()`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { getResponse, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import {
  clusterModelRoutes,
  createClusterModel,
  type ClusterModel,
  type ClusterModelSources,
} from '../../src/server/cluster-model';
import { withPods } from '../../src/server/cluster-model/marathon-join';
import { registerSearchRoute } from '../../src/server/search/search-route';
import type { SimulatedCluster } from '../cluster';

export interface SimulatedClusterModel {
  /** The model, refreshed as described above. */
  current(): Promise<ClusterModel>;
  /** Answers a `/api/cluster/*` request through the real routes. */
  answer(request: Request): Promise<Response>;
}

async function readJson(handlers: RequestHandler[], url: string) {
  const response = await getResponse(handlers, new Request(url));
  if (!response || response.type === 'error') throw new Error(`${url} did not answer`);
  const bytes = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`HTTP ${response.status} from ${url}`);
  return { body: JSON.parse(new TextDecoder().decode(bytes)) as unknown, bytes: bytes.byteLength };
}

function sourcesOver(cluster: SimulatedCluster, handlers: RequestHandler[]): ClusterModelSources {
  const leader = () => {
    const found = cluster.mesos.leader();
    if (!found) throw new Error('No Mesos master is leading');
    return found.address;
  };
  return {
    fetchMasterState: () => readJson(handlers, `http://${leader()}/master/state`),
    async fetchMarathonApps() {
      const marathon = cluster.marathon.leader();
      if (!marathon) return null;
      const base = `http://${marathon.address}`;
      const [apps, pods] = await Promise.all([
        readJson(handlers, `${base}/v2/apps?embed=apps.tasks`),
        readJson(handlers, `${base}/v2/pods`),
      ]);
      return withPods(apps.body, pods.body);
    },
    async fetchMetricsSnapshot() {
      return (await readJson(handlers, `http://${leader()}/metrics/snapshot`)).body as Record<
        string,
        number
      >;
    },
    now: () => cluster.now(),
  };
}

/** What the model's snapshot depends on that a test can change without reading the API. */
function clusterVersion(cluster: SimulatedCluster): string {
  const agents = cluster.agents().map((agent) => `${agent.id}:${agent.active ? 1 : 0}`);
  return [
    cluster.now(),
    cluster.mesos.leader()?.address,
    cluster.marathon.leader()?.address,
    ...agents,
  ].join('|');
}

export function createSimulatedClusterModel(
  cluster: SimulatedCluster,
  handlers: RequestHandler[],
): SimulatedClusterModel {
  const model = createClusterModel(sourcesOver(cluster, handlers));
  let readVersion: string | null = null;
  let sampledAt: number | null = null;
  let app: Promise<FastifyInstance> | null = null;

  async function current(): Promise<ClusterModel> {
    const version = clusterVersion(cluster);
    if (version !== readVersion) {
      readVersion = version;
      await model.refresh();
    }
    if (sampledAt !== cluster.now()) {
      sampledAt = cluster.now();
      await model.sampleMetrics();
    }
    return model;
  }

  async function routes(): Promise<FastifyInstance> {
    app ??= (async () => {
      const instance = Fastify();
      await instance.register(clusterModelRoutes, { model });
      registerSearchRoute(instance, model);
      await instance.ready();
      return instance;
    })();
    return app;
  }

  return {
    current,
    async answer(request) {
      await current();
      const url = new URL(request.url);
      const ifNoneMatch = request.headers.get('if-none-match');
      const reply = await (
        await routes()
      ).inject({
        method: 'GET',
        url: `${url.pathname}${url.search}`,
        headers: ifNoneMatch === null ? {} : { 'if-none-match': ifNoneMatch },
      });
      const headers = new Headers();
      for (const [name, value] of Object.entries(reply.headers)) {
        if (value === undefined || name === 'content-length') continue;
        for (const item of Array.isArray(value) ? value : [value])
          headers.append(name, String(item));
      }
      const bodiless = reply.statusCode === 304 || reply.rawPayload.length === 0;
      return new HttpResponse(bodiless ? null : new Uint8Array(reply.rawPayload), {
        status: reply.statusCode,
        headers,
      });
    },
  };
}
