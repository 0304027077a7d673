import type { FeedEvent } from '../../api/event-feed';

/** Events the proxy keeps for pages that open (or reopen) the feed. */
export const FEED_CAPACITY = 1_000;

/**
 * The most recent feed events, oldest first, each numbered as it arrives. Memory stays bounded
 * however busy the cluster is; listeners hear of each event as it is added.
 */
export class FeedRing {
  private readonly events: FeedEvent[] = [];
  private nextSeq = 1;
  private readonly listeners = new Set<(event: FeedEvent) => void>();

  constructor(private readonly capacity = FEED_CAPACITY) {}

  add(entry: Omit<FeedEvent, 'seq'>): FeedEvent {
    const event = { ...entry, seq: this.nextSeq++ } as FeedEvent;
    this.events.push(event);
    if (this.events.length > this.capacity)
      this.events.splice(0, this.events.length - this.capacity);
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** Events after `seq` (all kept ones for 0 or a number from before a restart). */
  since(seq: number): FeedEvent[] {
    if (!(seq > 0) || seq >= this.nextSeq) return [...this.events];
    const first = this.events[0]?.seq ?? this.nextSeq;
    return this.events.slice(Math.max(0, seq + 1 - first));
  }

  subscribe(listener: (event: FeedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
