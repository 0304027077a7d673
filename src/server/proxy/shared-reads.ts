import type { ForwardOutcome } from './leader-forwarder';

/**
 * Leader endpoints every open tab polls whose answers grow with the cluster (MBs at 10k agents):
 * agents' drain and deactivation, and the frameworks with their outstanding offers.
 */
const SHARED_PATHS: ReadonlySet<string> = new Set(['/master/slaves', '/master/frameworks']);

/**
 * Just under the console's 5 s poll: one tab still gets a fresh read every poll, and any number
 * of tabs cost the leader one read of each endpoint per interval.
 */
export const SHARED_READ_FRESH_MS = 4_000;

/** A leader's whole answer, held so that every tab asking within the window gets the same bytes. */
export type SharedAnswer =
  | {
      kind: 'upstream';
      statusCode: number;
      headers: Record<string, string | string[]>;
      body: Buffer;
    }
  | { kind: 'failure'; statusCode: number; message: string };

interface Entry {
  leader: string | null;
  generation: number;
  /** Set once the answer is in; until then the entry is shared by whoever asks. */
  answeredAt: number | null;
  answer: Promise<SharedAnswer>;
}

export interface SharedReadsOptions {
  /** The leader now: a new leader's answers are never mixed with the old one's. */
  leader: () => string | null;
  freshMs?: number;
  now?: () => number;
  /** Called once per upstream read (however many tabs share it) with its answer. */
  onRead?: (path: string, answer: SharedAnswer) => void;
}

/**
 * Coalesces the heavy GETs of the leading master: concurrent and recent identical reads share one
 * upstream read. It sits inside the proxied route, so every request has passed the whole request
 * pipeline (host, origin, session, role) before it can be answered from here. A write through
 * Stadium to the master drops everything held, so the next read shows its effect.
 */
export class SharedReads {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private readonly freshMs: number;
  private readonly now: () => number;

  constructor(private readonly options: SharedReadsOptions) {
    this.freshMs = options.freshMs ?? SHARED_READ_FRESH_MS;
    this.now = options.now ?? Date.now;
  }

  /** Only exact GETs of the shared endpoints, with no query (a query may change the answer). */
  shares(method: string, path: string): boolean {
    return method === 'GET' && SHARED_PATHS.has(path);
  }

  /** The held answer for `path`, or the one `load` fetches (once, however many ask meanwhile). */
  read(path: string, load: () => Promise<ForwardOutcome>): Promise<SharedAnswer> {
    const leader = this.options.leader();
    const held = this.entries.get(path);
    if (held && this.usable(held, leader)) return held.answer;
    const entry: Entry = {
      leader,
      generation: this.generation,
      answeredAt: null,
      answer: load().then(bufferAnswer),
    };
    this.entries.set(path, entry);
    entry.answer.then(
      (answer) => {
        this.options.onRead?.(path, answer);
        // Failures are shared by the tabs that asked together, never kept for later ones.
        if (answer.kind === 'upstream' && answer.statusCode === 200) entry.answeredAt = this.now();
        else this.forget(path, entry);
      },
      () => this.forget(path, entry),
    );
    return entry.answer;
  }

  /** After a write: reads already under way may predate it, so they are not shared either. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  private usable(entry: Entry, leader: string | null): boolean {
    if (entry.generation !== this.generation || entry.leader !== leader) return false;
    return entry.answeredAt === null || this.now() - entry.answeredAt < this.freshMs;
  }

  private forget(path: string, entry: Entry): void {
    if (this.entries.get(path) === entry) this.entries.delete(path);
  }
}

async function bufferAnswer(outcome: ForwardOutcome): Promise<SharedAnswer> {
  if (outcome.kind === 'failure') return outcome;
  const { statusCode, headers, body } = outcome.response;
  return {
    kind: 'upstream',
    statusCode,
    headers: headers as Record<string, string | string[]>,
    body: Buffer.from(await body.arrayBuffer()),
  };
}
