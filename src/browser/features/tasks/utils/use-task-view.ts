import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { readTaskView, writeTaskView, type TaskView } from './task-view';

/**
 * The tasks table's view, kept in the URL so a reload or a shared link shows the same rows.
 * Filters and sort replace the history entry (typing must not flood Back); tabs push one.
 */
export function useTaskView() {
  const [search, setSearch] = useSearchParams();
  const view = readTaskView(search);
  const update = useCallback(
    (patch: Partial<TaskView>, options: { push?: boolean } = {}) => {
      setSearch((current) => writeTaskView(current, patch), { replace: !options.push });
    },
    [setSearch],
  );
  return [view, update] as const;
}
