import type { ClusterNodeStatus, ClusterSide, ClusterSideStatus } from '../../api/cluster';
import { hostPortOf, reportedHostPort } from './host-port';
import { resolveHostName } from './resolve-host-name';

import type { StadiumLog } from '../observability/log';

export type { StadiumLog };

export type LeaderListener = (leader: string | null) => void;

export interface KnownNode {
  url: string;
  /** Further `host:port` names upstreams may use for this node (e.g. a master's hostname). */
  aliases?: string[];
}

interface NodeRecord {
  url: string;
  hostPorts: Set<string>;
  reachable: boolean;
  error?: string;
}

/** The side's leader, its known nodes and their reachability, as /api/cluster reports them. */
export class LeaderState {
  private leaderUrl: string | null = null;
  private since: number | null = null;
  private currentProblem: string | undefined;
  private nodes: NodeRecord[] = [];
  private unreadable: ClusterNodeStatus[] = [];
  private readonly listeners = new Set<LeaderListener>();
  /** performance.now() of the last leader taken from an upstream's answer, not from discovery. */
  lastAdoptedAt = -Infinity;
  /** The last foreign host an upstream named as leader: logged once, not on every answer. */
  private lastRefused: string | null = null;

  constructor(
    readonly side: ClusterSide,
    private readonly discovery: ClusterSideStatus['discovery'],
    private readonly source: string,
    private readonly log: StadiumLog,
  ) {}

  leader(): string | null {
    return this.leaderUrl;
  }

  setNodes(nodes: readonly KnownNode[]): void {
    const previous = new Map(this.nodes.map((node) => [node.url, node]));
    this.nodes = nodes.map(({ url, aliases = [] }) => ({
      url,
      hostPorts: new Set([hostPortOf(url), ...aliases.map((alias) => alias.toLowerCase())]),
      reachable: previous.get(url)?.reachable ?? false,
      ...(previous.get(url)?.error !== undefined ? { error: previous.get(url)?.error } : {}),
    }));
  }

  /** ZooKeeper members that cannot be used, by znode path, with the reason. */
  setUnreadable(members: readonly { path: string; problem: string }[]): void {
    this.unreadable = members.map(({ path, problem }) => ({
      url: path,
      reachable: false,
      leader: false,
      error: `unreadable: ${problem}`,
      unreadable: true,
    }));
  }

  knownUrls(): string[] {
    return this.nodes.map((node) => node.url);
  }

  setReachable(url: string, reachable: boolean, error?: string): void {
    const node = this.nodes.find((candidate) => candidate.url === url);
    if (!node) return;
    node.reachable = reachable;
    if (error === undefined) delete node.error;
    else node.error = error;
  }

  /**
   * The known node's base URL for an upstream-reported `host:port` or URL; null for any other host:
   * Stadium talks only to nodes it was given or found in ZooKeeper, whatever an upstream says.
   */
  urlFor(reported: string): string | null {
    const hostPort = reportedHostPort(reported);
    if (!hostPort) return null;
    return this.nodes.find((node) => node.hostPorts.has(hostPort))?.url ?? null;
  }

  /**
   * As urlFor, and a host name whose address and port are a known node's names that node (nodes
   * given by IP report themselves by host name); it is remembered as an alias of the node.
   */
  async resolveKnown(reported: string): Promise<string | null> {
    const known = this.urlFor(reported);
    const hostPort = reportedHostPort(reported);
    if (known !== null || hostPort === null) return known;
    const colon = hostPort.lastIndexOf(':');
    const port = hostPort.slice(colon + 1);
    for (const address of await resolveHostName(hostPort.slice(0, colon))) {
      const node = this.nodes.find((candidate) => candidate.hostPorts.has(`${address}:${port}`));
      if (!node) continue;
      node.hostPorts.add(hostPort);
      return node.url;
    }
    return null;
  }

  setLeader(url: string | null, problem?: string, why?: string): void {
    this.currentProblem = url ? undefined : (problem ?? 'no leader is known');
    if (url === this.leaderUrl) return;
    const to = url ?? `(none: ${this.currentProblem})`;
    this.log(
      `${this.side} leader: ${this.leaderUrl ?? '(none)'} -> ${to}${why ? ` (${why})` : ''}`,
      {
        event: 'leader-change',
        level: url ? 'info' : 'warn',
        side: this.side,
        from: this.leaderUrl,
        to: url,
        ...(url ? {} : { problem: this.currentProblem }),
        ...(why ? { why } : {}),
      },
    );
    this.leaderUrl = url;
    this.since = Date.now();
    for (const listener of this.listeners) listener(url);
  }

  /** Called after every change of leader (including to none); returns the unsubscribe. */
  onLeaderChange(listener: LeaderListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * An upstream named the leader (a redirect, X-Marathon-Leader): take it until discovery says
   * otherwise, if it is a known node. Returns null for any other host, which is never adopted.
   */
  adopt(reported: string, why: string): string | null {
    const url = this.urlFor(reported);
    if (url === null) {
      if (reported !== this.lastRefused) {
        const plural = this.side === 'mesos' ? 'masters' : 'Marathon instances';
        this.log(
          `${this.side}: not adopting "${reported}" as leader (${why}): not one of the known ${plural}`,
        );
      }
      this.lastRefused = reported;
      return null;
    }
    if (url !== this.leaderUrl) {
      this.lastAdoptedAt = performance.now();
      this.setLeader(url, undefined, why);
    }
    return url;
  }

  /** `No Mesos master is leading (3 masters known, 1 answering)`, plus the reason when known. */
  noLeaderMessage(): string {
    const noun = this.side === 'mesos' ? 'Mesos master' : 'Marathon instance';
    const plural = this.side === 'mesos' ? 'masters' : 'instances';
    const answering = this.nodes.filter((node) => node.reachable).length;
    const counts = `${this.nodes.length} ${plural} known, ${answering} answering`;
    return `No ${noun} is leading (${counts})${this.currentProblem ? `: ${this.currentProblem}` : ''}`;
  }

  status(): ClusterSideStatus {
    const nodes: ClusterNodeStatus[] = this.nodes.map((node) => ({
      url: node.url,
      reachable: node.reachable,
      leader: node.url === this.leaderUrl,
      ...(node.error !== undefined ? { error: node.error } : {}),
    }));
    return {
      leader: this.leaderUrl,
      discovery: this.discovery,
      source: this.source,
      nodes: [...nodes, ...this.unreadable],
      leaderSince: this.since,
      ...(this.leaderUrl === null ? { problem: this.currentProblem ?? 'no leader is known' } : {}),
    };
  }
}
