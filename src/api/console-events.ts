/**
 * What `/api/events` tells a console (server-sent events, one connection per tab). `hello` comes
 * first on every (re)connect; `cluster` with each new snapshot of the proxy's cluster model or a
 * change of its staleness; `marathon` after Marathon events (names as Marathon gives them) or,
 * with no names, after the proxy re-read Marathon (a reconnect, or a poll without a stream).
 */
export type ConsoleEvent =
  | {
      type: 'hello' | 'cluster';
      /** The model's snapshot generation: slices with another one are out of date. */
      generation: number;
      stale: boolean;
      feed: 'poll' | 'stream';
    }
  | { type: 'marathon'; events: string[] };
