import type { UpstreamAnswer, UpstreamRequest } from './send-upstream';

/**
 * Endpoints Mesos served only as `<name>.json` before 0.25. 0.25 added the names without
 * `.json` and kept the old ones as deprecated aliases; 1.8 removed the aliases (docs/upgrades.md
 * "Upgrading from 0.24.x to 0.25.x"; master.cpp, slave.cpp and files.cpp routes of each tag).
 * `/state`, `/tasks` and `/roles` are the masters' (and `/state` the agents') delegate forms.
 *
 * `fileMayBeMissing`: the files API also answers 404 for an unknown `path`, so there a 404 from a
 * node known to serve the plain names says nothing about its version.
 *
 * Never renamed, so not here: `/metrics/snapshot`, `/master/redirect`, `/master/health`.
 * Without any old name (absent before the version given): `/master/state-summary` (0.23),
 * `/master/slaves` and `/master/maintenance/*` (0.25), `/master/frameworks` (later).
 */
const LEGACY_JSON_NAMES: ReadonlyMap<string, { fileMayBeMissing: boolean }> = new Map([
  ['/master/state', { fileMayBeMissing: false }],
  ['/master/tasks', { fileMayBeMissing: false }],
  ['/master/roles', { fileMayBeMissing: false }],
  ['/state', { fileMayBeMissing: false }],
  ['/tasks', { fileMayBeMissing: false }],
  ['/roles', { fileMayBeMissing: false }],
  ['/slave(1)/state', { fileMayBeMissing: false }],
  ['/files/debug', { fileMayBeMissing: false }],
  ['/files/browse', { fileMayBeMissing: true }],
  ['/files/read', { fileMayBeMissing: true }],
  ['/files/download', { fileMayBeMissing: true }],
]);

type Naming = 'plain' | 'json';

type Send = (origin: string, request: UpstreamRequest) => Promise<UpstreamAnswer>;

/** The entry for a request's path (percent-decoded, query ignored), if it has a `.json` name. */
function legacyEntry(request: UpstreamRequest): { fileMayBeMissing: boolean } | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const pathname = request.path.split('?', 1)[0] ?? '';
  try {
    return LEGACY_JSON_NAMES.get(decodeURIComponent(pathname));
  } catch {
    return undefined;
  }
}

/** The request under the given naming: `.json` goes after the path, before the query. */
function named(request: UpstreamRequest, naming: Naming): UpstreamRequest {
  if (naming === 'plain') return request;
  const queryAt = request.path.indexOf('?');
  const path =
    queryAt === -1
      ? `${request.path}.json`
      : `${request.path.slice(0, queryAt)}.json${request.path.slice(queryAt)}`;
  return { ...request, path };
}

/** A 404 means the name is missing; a 5xx proves nothing about the node's names. */
function provesNaming(statusCode: number): boolean {
  return statusCode !== 404 && statusCode < 500;
}

/**
 * Sends requests for renamed Mesos endpoints under the name each node serves. A node is asked
 * the plain name first; a 404 is retried once under the other name, and whichever name answered
 * is remembered per origin, so later requests cost one round trip. A remembered `.json` node
 * that 404s is asked the plain name once (it was upgraded past 1.7); a plain one is asked the
 * `.json` name only where a 404 cannot mean a missing file (it was downgraded).
 */
export class LegacyJsonNames {
  private readonly namingByOrigin = new Map<string, Naming>();

  async send(origin: string, request: UpstreamRequest, send: Send): Promise<UpstreamAnswer> {
    const entry = legacyEntry(request);
    if (!entry) return send(origin, request);
    const known = this.namingByOrigin.get(origin);
    const first: Naming = known ?? 'plain';
    const answer = await send(origin, named(request, first));
    if (answer.response.statusCode !== 404) {
      if (provesNaming(answer.response.statusCode)) this.namingByOrigin.set(answer.origin, first);
      return answer;
    }
    if (known === 'plain' && entry.fileMayBeMissing) return answer;

    const other: Naming = first === 'plain' ? 'json' : 'plain';
    let retry: UpstreamAnswer;
    try {
      retry = await send(answer.origin, named(request, other));
    } catch (error) {
      await answer.response.body.dump();
      throw error;
    }
    if (retry.response.statusCode === 404) {
      // Both names are missing (or the file is): the first answer is the one that was asked for.
      await retry.response.body.dump();
      return answer;
    }
    await answer.response.body.dump();
    if (provesNaming(retry.response.statusCode)) this.namingByOrigin.set(retry.origin, other);
    return retry;
  }
}
