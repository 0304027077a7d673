/**
 * Runs discovery rounds one at a time and hands callers a round that started no earlier than
 * the moment they ask for: a caller that just saw a leader fail must not be answered with a
 * round that probed that leader before it failed, yet concurrent callers share one round.
 */
export class RefreshGate {
  private current: { startedAt: number; done: Promise<void> } | null = null;
  private lastCompletedStart = -Infinity;

  constructor(
    private readonly round: () => Promise<void>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async refresh(notBefore: number = this.now()): Promise<void> {
    for (;;) {
      if (this.lastCompletedStart >= notBefore) return;
      const current = this.current;
      if (current) {
        if (current.startedAt >= notBefore) return current.done;
        await current.done;
        continue;
      }
      const startedAt = this.now();
      const done = this.round()
        .catch(() => undefined)
        .finally(() => {
          this.lastCompletedStart = Math.max(this.lastCompletedStart, startedAt);
          this.current = null;
        });
      this.current = { startedAt, done };
      return done;
    }
  }
}
