import { useCallback } from 'react';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { readTaskView, writeTaskView, type TaskView } from './task-view';

/**
 * The tasks table's view, kept in the URL so a reload or a shared link shows the same rows.
 * Filters and sort replace the history entry (typing must not flood Back); tabs push one.
 */
export function useTaskView() {
  const [search, write] = useSearchWriter();
  const update = useCallback(
    (patch: Partial<TaskView>, options: { push?: boolean } = {}) =>
      write((current) => writeTaskView(current, patch), options),
    [write],
  );
  return [readTaskView(search), update] as const;
}
