import type { ClusterModelSources } from '../cluster-model';
import { withPods } from '../cluster-model/marathon-join';
import type { ForwardOutcome, LeaderForwarder } from '../proxy/leader-forwarder';
import { UpstreamRequestError } from '../proxy/send-upstream';
import { describeUpstreamError } from '../proxy/upstream-errors';
import { readJsonBody } from './read-json-body';

export interface LeaderSources extends ClusterModelSources {
  /** The master that answered the last `/master/state` read (after redirects), or null. */
  lastStateOrigin(): string | null;
}

/** An upstream read that failed; its message is what `/api/cluster/*` reports as `lastError`. */
export class SourceError extends Error {}

/**
 * The cluster model's inputs, read through the same leader-following forwarders as the proxy
 * routes: a redirect or a dead leader is handled (and re-discovered) there, once for everybody.
 */
export function createLeaderSources(
  sides: { mesos: LeaderForwarder; marathon: LeaderForwarder },
  /** Deadline of each read (the model's fetch timeout also bounds it). */
  readTimeoutMs: number,
): LeaderSources {
  let stateOrigin: string | null = null;

  async function getJson(
    forwarder: LeaderForwarder,
    path: string,
    signal: AbortSignal,
    /** This path may not exist on the upstream's version: a 404 answers null. */
    optional = false,
  ): Promise<{ body: unknown; bytes: number; origin: string }> {
    let outcome: ForwardOutcome;
    try {
      outcome = await forwarder.forward(
        { method: 'GET', path, headers: { accept: 'application/json' }, signal },
        readTimeoutMs,
      );
    } catch (error) {
      // The model gave up on the read (its own fetch timeout): say where and why.
      if (!(error instanceof UpstreamRequestError)) throw error;
      throw new SourceError(`${error.origin}${path}: ${describeUpstreamError(error.cause)}`);
    }
    if (outcome.kind === 'failure') throw new SourceError(outcome.message);
    const { response, origin } = outcome;
    if (optional && response.statusCode === 404) {
      await response.body.dump();
      return { body: null, bytes: 0, origin };
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new SourceError(`HTTP ${response.statusCode} from ${origin}${path}`);
    }
    return { ...(await readJsonBody(response.body, `${origin}${path}`)), origin };
  }

  return {
    async fetchMasterState(signal) {
      const { body, bytes, origin } = await getJson(sides.mesos, '/master/state', signal);
      stateOrigin = origin;
      return { body, bytes };
    },
    async fetchMarathonApps(signal) {
      const [apps, pods] = await Promise.all([
        getJson(sides.marathon, '/v2/apps?embed=apps.tasks', signal),
        getJson(sides.marathon, '/v2/pods', signal, true),
      ]);
      return withPods(apps.body, pods.body);
    },
    async fetchMetricsSnapshot(signal) {
      const { body, origin } = await getJson(sides.mesos, '/metrics/snapshot', signal);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new SourceError(`${origin}/metrics/snapshot is not a JSON object`);
      }
      return body as Record<string, number>;
    },
    now: () => Date.now(),
    lastStateOrigin: () => stateOrigin,
  };
}
