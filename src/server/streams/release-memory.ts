import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full collection, on demand. Reading `SUBSCRIBED` at 10k agents / 100k tasks leaves hundreds
 * of MB of parse garbage, and while the new model is built the old snapshot is still served: the
 * heap peaks at twice the model. V8 returns the emptied pages only after a major collection,
 * which a stream of small events may not trigger for a long time; the process would sit at its
 * peak RSS. One collection once the new snapshot is published gives them back (about a second of
 * work at that size, once per subscription). `gc` is exposed this way so that operators need no
 * node flag.
 */
let collect: (() => void) | undefined;

export function releaseMemory(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
