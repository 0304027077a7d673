export interface LockoutOptions {
  /** Wrong passwords within `windowMs` that lock the user. */
  maxFailures: number;
  windowMs: number;
  /** How long a locked user's attempts answer 429, right password or not. */
  lockMs: number;
  /** Users tracked at most (an attacker trying many names cannot grow memory without bound). */
  maxTracked: number;
  now: () => number;
}

export const DEFAULT_LOCKOUT: LockoutOptions = {
  maxFailures: 5,
  windowMs: 60_000,
  lockMs: 5 * 60_000,
  maxTracked: 10_000,
  now: Date.now,
};

interface Attempts {
  failures: number[];
  lockedUntil: number;
}

/** Wrong-password counting per user name (known or not), for sign-in's 429. */
export class Lockout {
  private readonly users = new Map<string, Attempts>();
  private readonly options: LockoutOptions;

  constructor(options: Partial<LockoutOptions> = {}) {
    this.options = { ...DEFAULT_LOCKOUT, ...options };
  }

  /** Names with recent failures or a lock. */
  get tracked(): number {
    return this.users.size;
  }

  /** Milliseconds the user stays locked; 0 when they may try. */
  lockedFor(user: string): number {
    const attempts = this.users.get(user);
    return attempts ? Math.max(0, attempts.lockedUntil - this.options.now()) : 0;
  }

  fail(user: string): void {
    const now = this.options.now();
    const attempts = this.users.get(user) ?? { failures: [], lockedUntil: 0 };
    attempts.failures = attempts.failures.filter((time) => now - time < this.options.windowMs);
    attempts.failures.push(now);
    if (attempts.failures.length >= this.options.maxFailures) {
      attempts.lockedUntil = now + this.options.lockMs;
      attempts.failures = [];
    }
    // Re-inserted so that the map's order is least recently failed first.
    this.users.delete(user);
    this.users.set(user, attempts);
    this.prune(now);
  }

  succeed(user: string): void {
    this.users.delete(user);
  }

  private prune(now: number): void {
    for (const [user, attempts] of this.users) {
      const stale =
        attempts.lockedUntil <= now &&
        attempts.failures.every((time) => now - time >= this.options.windowMs);
      if (stale || this.users.size > this.options.maxTracked) this.users.delete(user);
      else break;
    }
  }
}
