/** Marathon's internal event bus, as `/v2/events` subscribers see it. */
export interface MarathonEvent {
  eventType: string;
  timestamp: string;
  [field: string]: unknown;
}

export type EventListener = (event: MarathonEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: MarathonEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
