import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { FilesHost } from '../api/agent-files-urls';
import { readFileBytes } from '../api/read-file-bytes';
import { FileTail } from '../utils/file-tail';
import { REFRESH_MS } from '../../../shared/api/polling';

function nextDelay(more: boolean, failures: number): number {
  if (more) return 0;
  if (failures === 0) return REFRESH_MS.fileFollow;
  return Math.min(REFRESH_MS.fileFollow * 2 ** failures, REFRESH_MS.fileFollowMaxRetry);
}

/**
 * Opens `path` on the agent (or master) at its end and, while `following`, reads what the task writes:
 * every second, and again at once while reads come back full. Failed reads back off to 10 s.
 * Polling pauses while the page is hidden.
 */
export function useFileTail(host: FilesHost, path: string, following: boolean) {
  // Compared by what it names: a new object for the same host keeps the tail.
  const agentId = 'agentId' in host ? host.agentId : null;
  const node = 'master' in host ? host.node : undefined;
  const tail = useMemo(
    () =>
      new FileTail((offset, length, signal) =>
        readFileBytes(
          agentId !== null
            ? { agentId }
            : node !== undefined
              ? { master: true, node }
              : { master: true },
          path,
          offset,
          length,
          signal,
        ),
      ),
    [agentId, node, path],
  );
  const snapshot = useSyncExternalStore(tail.subscribe, tail.getSnapshot);

  useEffect(() => {
    void tail.open();
    return () => tail.close();
  }, [tail]);

  useEffect(() => {
    if (!following) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let failures = 0;
    const step = async () => {
      if (document.hidden) {
        timer = setTimeout(() => void step(), REFRESH_MS.fileFollow);
        return;
      }
      const more = await tail.poll();
      if (stopped) return;
      failures = tail.getSnapshot().error === null ? 0 : failures + 1;
      timer = setTimeout(() => void step(), nextDelay(more, failures));
    };
    void step();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tail, following]);

  return { snapshot, tail };
}
