import type { Dispatcher } from 'undici';
import type { ClusterSide } from '../../api/cluster';
import { credentialsRefusedMessage, refusesCredentials } from '../access/credential-refusals';
import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { LegacyJsonNames } from './legacy-json-names';
import {
  ForeignRedirectError,
  sendFollowingRedirects,
  TooManyRedirectsError,
  UpstreamRequestError,
  type UpstreamAnswer,
  type UpstreamRequest,
} from './send-upstream';
import {
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  formatSeconds,
  underDeadline,
  type Deadline,
} from './upstream-deadline';
import { describeUpstreamError, isUpstreamTimeout, neverReachedUpstream } from './upstream-errors';

export type ForwardOutcome =
  | ({ kind: 'upstream' } & UpstreamAnswer)
  | { kind: 'failure'; statusCode: number; message: string };

export interface SideRules {
  side: ClusterSide;
  /** `Mesos master`, `Marathon instance`: used in messages. */
  noun: string;
  /** `masters`, `Marathon instances`; `--mesos`, `--marathon`: where the operator lists nodes. */
  plural: string;
  flag: string;
  /** Upstream statuses meaning the node asked is not a usable leader right now. */
  rediscoverOn: readonly number[];
  /** Reads leader hints a response carries beyond redirects. */
  inspect?: (answer: UpstreamAnswer, discovery: LeaderDiscovery) => void;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sends a request to the side's current leader. A redirect away, a connection error or a
 * 502/503 triggers re-discovery; a safe request is then retried once against the new leader.
 * A write is sent again only when it provably never reached an upstream (connect failure).
 * Everything up to the answer's headers shares one deadline, so a hung leader costs the
 * browser one timeout (a 504 with a message), never two.
 */
export class LeaderForwarder {
  private refusal: string | undefined;

  constructor(
    private readonly discovery: LeaderDiscovery,
    private readonly dispatcher: Dispatcher,
    private readonly rules: SideRules,
    /** Mesos only: endpoints that pre-0.25 masters serve as `<name>.json`. */
    private readonly legacyNames?: LegacyJsonNames,
    /** Default deadline for an answer's headers; --upstream-timeout. */
    private readonly timeoutMs: number = DEFAULT_UPSTREAM_TIMEOUT_MS,
  ) {}

  async forward(
    request: UpstreamRequest,
    timeoutMs: number = this.timeoutMs,
  ): Promise<ForwardOutcome> {
    const { sent, deadline } = underDeadline(request, timeoutMs);
    try {
      return await this.forwardWithin(sent, deadline, request.signal);
    } catch (error) {
      if (!deadline.expired() || request.signal?.aborted) throw error;
      // The deadline passed while Stadium was still looking for a leader to ask.
      return {
        kind: 'failure',
        statusCode: 504,
        message: `No ${this.rules.noun} answered within ${formatSeconds(timeoutMs)}`,
      };
    } finally {
      // Headers are in (or it failed): from here on only the idle limit governs the body.
      deadline.clear();
    }
  }

  private async forwardWithin(
    request: UpstreamRequest,
    deadline: Deadline,
    clientSignal: AbortSignal | undefined,
  ): Promise<ForwardOutcome> {
    const idempotent = IDEMPOTENT.has(request.method);
    let leader = this.discovery.leader() ?? (await deadline.race(this.discovery.rediscover()));
    for (let attempt = 1; ; attempt++) {
      if (!leader)
        return { kind: 'failure', statusCode: 503, message: this.discovery.noLeaderMessage() };
      let answer: UpstreamAnswer;
      try {
        answer = await this.send(leader, request);
      } catch (error) {
        if (error instanceof TooManyRedirectsError) {
          void this.discovery.rediscover();
          return { kind: 'failure', statusCode: 502, message: `Redirect loop: ${error.message}` };
        }
        if (error instanceof ForeignRedirectError) {
          // The asked node did not handle the request (it redirected), so even a write may go
          // once to the leader found among the known nodes.
          const next = await deadline.race(this.discovery.rediscover());
          if (attempt === 1 && next !== null && next !== leader) {
            leader = next;
            continue;
          }
          return this.foreignRedirect(error);
        }
        if (!(error instanceof UpstreamRequestError) || clientSignal?.aborted) throw error;
        // A node that accepted the request and went silent may be busy applying it, and a
        // retry would wait as long again: only a failed connection is retried elsewhere.
        if (isUpstreamTimeout(error.cause)) {
          void this.discovery.rediscover();
          return this.failure(error, request.method, idempotent);
        }
        const next = await deadline.race(this.discovery.rediscover());
        if (attempt === 1 && (idempotent || neverReachedUpstream(error.cause))) {
          leader = next;
          continue;
        }
        return this.failure(error, request.method, idempotent);
      }
      if (answer.origin !== leader) {
        this.discovery.adopt(answer.origin, `${leader} redirected to it`);
      }
      this.rules.inspect?.(answer, this.discovery);
      const { statusCode } = answer.response;
      if (refusesCredentials(statusCode)) {
        await answer.response.body.dump();
        this.refusal = credentialsRefusedMessage(this.rules.side, statusCode, answer.origin);
        return { kind: 'failure', statusCode: 502, message: this.refusal };
      }
      if (statusCode < 400) this.refusal = undefined;
      if (this.rules.rediscoverOn.includes(answer.response.statusCode)) {
        if (attempt === 1 && idempotent) {
          await answer.response.body.dump();
          leader = await deadline.race(this.discovery.rediscover());
          continue;
        }
        void this.discovery.rediscover();
      }
      return { kind: 'upstream', ...answer };
    }
  }

  /** Set while the side's last answer refused Stadium's credentials: the console's banner. */
  credentialsRefusal(): string | undefined {
    return this.refusal;
  }

  private send(origin: string, request: UpstreamRequest): Promise<UpstreamAnswer> {
    const send = (to: string, sent: UpstreamRequest) =>
      sendFollowingRedirects(this.dispatcher, to, sent, (target) =>
        this.discovery.knownNode(target),
      );
    return this.legacyNames ? this.legacyNames.send(origin, request, send) : send(origin, request);
  }

  private foreignRedirect(error: ForeignRedirectError): ForwardOutcome {
    const { noun, plural, flag } = this.rules;
    return {
      kind: 'failure',
      statusCode: 502,
      message:
        `The ${noun} at ${error.from} redirected to ${error.location}, which is not one of the ` +
        `known ${plural}; Stadium did not follow it. Check the cluster's leader, or list that ` +
        `node in ${flag}.`,
    };
  }

  private failure(
    error: UpstreamRequestError,
    method: string,
    idempotent: boolean,
  ): ForwardOutcome {
    const who = `The ${this.rules.noun} at ${error.origin}`;
    const reason = describeUpstreamError(error.cause);
    const statusCode = isUpstreamTimeout(error.cause) ? 504 : 502;
    if (idempotent || neverReachedUpstream(error.cause)) {
      return { kind: 'failure', statusCode, message: `${who} did not answer: ${reason}` };
    }
    return {
      kind: 'failure',
      statusCode,
      message:
        `${who} did not answer the ${method} (${reason}). Stadium did not send it again ` +
        'because it may already have been applied; check before retrying.',
    };
  }
}
