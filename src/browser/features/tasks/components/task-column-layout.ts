import type { TaskSortKey } from '../../../../api/cluster-model';

/** A column of the tasks table, without its cells: what the console and the server's first rows share. */
export interface TaskColumnLayout {
  id: 'id' | 'name' | 'state' | 'app' | 'framework' | 'agent' | 'ports' | 'started' | 'logs';
  minWidth: number;
  grow?: number;
  sortKey?: TaskSortKey;
}

/** The tasks table's columns in order; sortable ones carry the API's sort key. */
export const TASK_COLUMN_LAYOUT: readonly TaskColumnLayout[] = [
  { id: 'id', minWidth: 16, grow: 3, sortKey: 'id' },
  { id: 'name', minWidth: 8, grow: 1.5, sortKey: 'name' },
  { id: 'state', minWidth: 7, sortKey: 'state' },
  { id: 'app', minWidth: 7, grow: 1.5, sortKey: 'app' },
  { id: 'framework', minWidth: 7, sortKey: 'framework' },
  { id: 'agent', minWidth: 7, sortKey: 'agent' },
  { id: 'ports', minWidth: 6, grow: 0.8 },
  { id: 'started', minWidth: 10, sortKey: 'started' },
  { id: 'logs', minWidth: 8 },
];
