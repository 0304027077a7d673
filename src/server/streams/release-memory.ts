import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full, compacting collection, on demand. Reading `SUBSCRIBED` at 10k agents / 100k tasks
 * leaves hundreds of MB of parse garbage, and while the new model is built the old snapshot is
 * still served: the heap peaks at twice the model. V8 returns emptied pages only after a major
 * collection, which a stream of small events may not trigger for a long time; and a plain one
 * leaves the survivors scattered over most of those pages (old space held 240 MB for 155 MB of
 * objects). Compacting moves them together so the pages go back to the system (RSS 386 -> 309 MB
 * at that size); it costs about a second, once per subscription. `gc` is exposed this way so that
 * operators need no node flag.
 */
let collect: (() => void) | undefined;

export function releaseMemory(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}
