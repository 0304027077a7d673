import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {
  ClusterModelError,
  ClusterSummary,
  FrameworkDetail,
  FrameworkLists,
} from '../../api/cluster-model';
import { agentDetail, parseAgentQuery, sliceAgents } from './agent-slice';
import type { ClusterModel } from './cluster-model';
import { notModified } from './etag';
import { RequestError, text, type RawQuery } from './query-params';
import type { ClusterSnapshot } from './snapshot';
import { findTask, parseTaskQuery, sliceTasks } from './task-slice';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

function fail(reply: FastifyReply, statusCode: number, message: string): FastifyReply {
  const body: ClusterModelError = { message };
  return reply.removeHeader('ETag').code(statusCode).send(body);
}

function notFound(what: string, id: string): RequestError {
  return new RequestError(404, `No ${what} "${id}" in the leading master's state`);
}

/** How long a request that arrives before the first snapshot waits for it; then a 503. */
const FIRST_SNAPSHOT_WAIT_MS = 5_000;

/**
 * The model's snapshot; before the first one (and while no read has failed), waits for it up to
 * `waitMs`: a console opened while Stadium starts (or a script run right after it) gets rows,
 * not an error, once the first state arrives a moment later.
 */
function loadedSnapshot(model: ClusterModel, waitMs: number): Promise<ClusterSnapshot | null> {
  const now = model.snapshot();
  // Once a read has failed, the reason is worth more at once than a wait.
  if (now !== null || waitMs <= 0 || model.status().lastError !== null) {
    return Promise.resolve(now);
  }
  return new Promise((resolve) => {
    const done = (snapshot: ClusterSnapshot | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(snapshot);
    };
    const timer = setTimeout(() => done(model.snapshot()), waitMs);
    const unsubscribe = model.subscribe(done);
  });
}

/**
 * `/api/cluster/...` slices of the shared cluster model (register without a prefix). Handlers only
 * read the model's current snapshot: no request ever reaches the master.
 */
export async function clusterModelRoutes(
  app: FastifyInstance,
  opts: { model: ClusterModel; firstSnapshotWaitMs?: number },
): Promise<void> {
  const { model } = opts;
  const waitMs = opts.firstSnapshotWaitMs ?? FIRST_SNAPSHOT_WAIT_MS;

  function notLoaded(reply: FastifyReply): FastifyReply {
    const { lastError } = model.status();
    void reply.header('Retry-After', '2');
    const why = lastError === null ? '' : `: ${lastError}`;
    return fail(reply, 503, `The cluster state has not been read yet${why}`);
  }

  /** Serves `build(snapshot)` with a weak ETag keyed on the snapshot generation and the URL. */
  function fromSnapshot<Request extends FastifyRequest>(
    build: (snapshot: ClusterSnapshot, request: Request) => unknown,
  ) {
    return async (request: Request, reply: FastifyReply) => {
      const snapshot = await loadedSnapshot(model, waitMs);
      if (snapshot === null) return notLoaded(reply);
      if (notModified(request, reply, `g${snapshot.generation}`)) return reply;
      try {
        return await reply.send(build(snapshot, request));
      } catch (error) {
        if (error instanceof RequestError) return fail(reply, error.statusCode, error.message);
        throw error;
      }
    };
  }

  /** A list resource: a bad query is a 400, a good one a slice of the snapshot. */
  function sliced<Query>(
    parse: (query: RawQuery) => Query,
    slice: (snapshot: ClusterSnapshot, query: Query) => unknown,
  ) {
    return fromSnapshot((snapshot, request) => slice(snapshot, parse(request.query as RawQuery)));
  }

  /** An `/:id` resource: `find` answers undefined or null for an id the snapshot does not hold. */
  function byId<Found>(
    what: string,
    find: (snapshot: ClusterSnapshot, id: string, request: IdRequest) => Found | null | undefined,
  ) {
    return fromSnapshot((snapshot, request: IdRequest) => {
      const found = find(snapshot, request.params.id, request);
      if (found === undefined || found === null) throw notFound(what, request.params.id);
      return found;
    });
  }

  app.get('/api/cluster/summary', async (request, reply) => {
    const snapshot = await loadedSnapshot(model, waitMs);
    if (snapshot === null) return notLoaded(reply);
    const status = model.status();
    const age = Math.floor((status.ageMs ?? 0) / 1000);
    if (notModified(request, reply, `r${model.revision()}${status.stale ? 's' : ''}.${age}`)) {
      return reply;
    }
    const { meta, totals } = snapshot;
    const summary: ClusterSummary = {
      status,
      mesosVersion: meta.version,
      cluster: meta.cluster,
      leader: meta.leader,
      startTime: meta.startTime,
      electedTime: meta.electedTime,
      resources: totals.resources,
      agents: totals.agents,
      frameworks: totals.frameworks,
      tasks: totals.tasks,
      marathon: snapshot.marathon,
    };
    return summary;
  });

  app.get('/api/cluster/tasks', sliced(parseTaskQuery, sliceTasks));

  app.get(
    '/api/cluster/tasks/:id',
    byId('task', (snapshot, id, request) =>
      findTask(snapshot, id, text(request.query as RawQuery, 'framework')),
    ),
  );

  app.get('/api/cluster/agents', sliced(parseAgentQuery, sliceAgents));

  app.get('/api/cluster/agents/:id', byId('agent', agentDetail));

  app.get(
    '/api/cluster/agents/:id/history',
    byId('agent', (_snapshot, id) => model.agentHistory(id)),
  );

  app.get(
    '/api/cluster/frameworks',
    fromSnapshot((snapshot): FrameworkLists => {
      const lists: FrameworkLists = {
        active: [],
        inactive: [],
        completed: [],
        unregistered: [...snapshot.unregisteredFrameworks],
        generation: snapshot.generation,
      };
      // Lists leave out the agent ids: at 10k agents they would make every poll hundreds of KB.
      for (const { agentIds: _agentIds, ...row } of snapshot.frameworks)
        lists[row.status].push(row);
      return lists;
    }),
  );

  app.get(
    '/api/cluster/frameworks/:id',
    byId('framework', (snapshot, id): FrameworkDetail | undefined => {
      const index = snapshot.frameworkIndex.get(id);
      return index === undefined ? undefined : snapshot.frameworks[index];
    }),
  );

  app.get('/api/cluster/metrics/history', async (request, reply) => {
    if (notModified(request, reply, `m${model.metricsRevision()}`)) return reply;
    return model.metricsHistory();
  });
}
