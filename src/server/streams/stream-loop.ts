import type { LeaderDiscovery } from '../leaders/leader-discovery';
import type { StadiumLog } from '../observability/log';
import { Backoff, sleep } from './backoff';

/** A stream this upstream cannot give at all; asked again when another node leads. */
export class StreamUnsupported extends Error {}

export interface StreamLoopOptions {
  discovery: LeaderDiscovery;
  /** First wait before reconnecting after a failure; doubles up to 30 s. */
  retryMs: number;
  /** `master`, `Marathon`: in the reason a leader change gives. */
  noun: string;
  /** `mesos-subscribe`, `marathon-events`: names the stream in reconnect lines and metrics. */
  stream: string;
  /** Told of each reconnect of a stream that had been open (an event `/metrics` counts). */
  log: StadiumLog;
  /** Opens the stream and reads it until it ends; calls `opened(origin)` once it is live. */
  follow(signal: AbortSignal, opened: (origin: string) => void): Promise<void>;
  /**
   * Told why the stream ended or could not open (an abort's reason when aborted) and whether
   * it had been open; then the loop waits and reconnects.
   */
  failed(reason: unknown, wasOpen: boolean): void;
}

/** How long an upstream without the stream waits before being asked again anyway. */
const RETRY_UNSUPPORTED_MS = 300_000;

/**
 * Keeps one stream to a side's leader: reconnects after it ends (at once after a stream that
 * had been up a while, as a failover ends streams; with backoff when it keeps failing), and
 * moves to a new leader, leaving a stream that already follows it alone. A `StreamUnsupported`
 * failure waits for a leader change instead.
 */
export class StreamLoop {
  reconnects = 0;
  private running = false;
  private current: AbortController | null = null;
  /** performance.now() when the current stream opened, and from where; null when not open. */
  private openedAt: number | null = null;
  private openOrigin: string | null = null;
  /** The leader when the current stream was asked for, until it opens. */
  private opening: string | null = null;
  private wake: () => void = () => {};
  private unsubscribeLeader = () => {};
  private readonly backoff: Backoff;

  constructor(private readonly options: StreamLoopOptions) {
    this.backoff = new Backoff(options.retryMs, 30_000);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribeLeader = this.options.discovery.onLeaderChange((leader) => {
      this.wake();
      // A leader nobody can name (every probe timed out, as while a master writes its 100 MB
      // SUBSCRIBED) is no reason to drop a stream: a dead one ends or misses its heartbeats.
      // One still opening goes to the leader it started with.
      const following = this.openOrigin ?? this.opening;
      if (leader !== null && leader !== following) {
        this.current?.abort(new Error(`the leading ${this.options.noun} changed`));
      }
    });
    void this.loop();
  }

  stop(): void {
    this.running = false;
    this.unsubscribeLeader();
    this.wake();
    this.current?.abort(new Error('stopped'));
  }

  /** False once stopped: a stream ending then is not a failure. */
  isRunning(): boolean {
    return this.running;
  }

  /** Ends the current stream with `reason` (e.g. a missed heartbeat); the loop reconnects. */
  abort(reason: Error): void {
    this.current?.abort(reason);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const controller = new AbortController();
      this.current = controller;
      this.opening = this.options.discovery.leader();
      try {
        await this.options.follow(controller.signal, (origin) => {
          this.openedAt = performance.now();
          this.openOrigin = origin;
        });
      } catch (error) {
        if (!this.running) return;
        const { signal } = controller;
        const reason = signal.aborted && signal.reason instanceof Error ? signal.reason : error;
        const lived = this.openedAt === null ? null : performance.now() - this.openedAt;
        this.openedAt = null;
        this.openOrigin = null;
        if (lived !== null) {
          this.reconnects++;
          const why = reason instanceof Error ? reason.message : String(reason);
          this.options.log(`${this.options.stream}: the stream ended (${why}), reconnecting`, {
            event: 'stream-reconnect',
            stream: this.options.stream,
          });
        }
        this.options.failed(reason, lived !== null);
        if (reason instanceof StreamUnsupported) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, RETRY_UNSUPPORTED_MS).unref();
          });
          continue;
        }
        await sleep(lived === null ? this.backoff.next() : this.backoff.afterStream(lived));
      }
    }
  }
}
