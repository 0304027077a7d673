import type { TaskRow, TaskSlice } from '../../../../api/cluster-model';
import { escapeHtml, htmlAttributes } from '../../../shared/html/escape-html';
import { FIRST_ROWS_ATTRIBUTE } from '../../../shared/first-rows';
import { paths } from '../../../shared/paths';
import { staticTableMarkup, type StaticCell } from '../../../shared/ui/virtual-table/static-table';
import { resources, type Language } from '../../../i18n/resources';
import { TASK_COLUMN_LAYOUT, type TaskColumnLayout } from '../components/task-column-layout';
import { taskStateTone } from '../components/task-state-tone';
import { readTaskView, taskListParams, tasksPagePath } from '../utils/task-view';

/** The Element Timing name of the first row's first cell. */
export const FIRST_ROW_TIMING = 'first-task-row';

/**
 * What the table shows at most (44rem below its header row is under 19 rows): every element
 * more is work for the browser's first frame. The rest come with the console.
 */
const FIRST_ROWS = 20;

/** The API path of the rows drawn for this URL search: the start of the console's first page. */
export function firstTasksPageRowsPath(search: URLSearchParams): string {
  return tasksPagePath(taskListParams(readTaskView(search)), { offset: 0, limit: FIRST_ROWS });
}

type CellText = (task: TaskRow, language: Language) => StaticCell;

/**
 * The cells as text and plain links. Times and log links are left to the console: it formats
 * times in the browser's zone, which the server does not know.
 */
const CELLS: Record<TaskColumnLayout['id'], CellText> = {
  id: (task) => ({ text: task.id, href: paths.task.href(task.id, task.frameworkId) }),
  name: (task) => ({ text: task.name }),
  state: (task, language) => ({
    text: resources[language].common.taskState[task.state] ?? task.state,
    swatch: `swatch--${taskStateTone(task.state)}`,
  }),
  app: (task) =>
    task.appId === null ? { text: '' } : { text: task.appId, href: paths.app.href(task.appId) },
  framework: (task) => ({
    text: task.frameworkName ?? task.frameworkId,
    href: paths.framework.href(task.frameworkId),
  }),
  agent: (task) => ({
    text: task.agentHostname ?? task.agentId,
    href: paths.agent.href(task.agentId),
  }),
  ports: (task) => ({ text: task.hostPorts.join(', ') }),
  started: () => ({ text: '' }),
  logs: () => ({ text: '' }),
};

export interface FirstRowsPage {
  /** The document's title, as the console names the page. */
  title: string;
  /** What shows, in place of the hidden #root, until the console has its own rows. */
  markup: string;
}

/**
 * The tasks page as the server draws it into index.html: the header, the title and the first
 * rows of `slice`, the first page the console itself reads for the URL's `search`. It is there
 * at the first paint, before any script; the console takes over (shared/first-rows.ts). Empty lists get none:
 * the console's own "no tasks" note is worth the wait.
 */
export function firstTasksPage(
  slice: TaskSlice,
  search: URLSearchParams,
  language: Language,
): FirstRowsPage | null {
  if (slice.rows.length === 0) return null;
  const strings = resources[language];
  const view = readTaskView(search);
  const table = staticTableMarkup({
    label: strings.tasks.table.label,
    columns: TASK_COLUMN_LAYOUT.map((layout) => ({
      ...layout,
      header: strings.tasks.columns[layout.id],
    })),
    sort: { key: view.sort ?? 'id', order: view.order },
    elementTiming: FIRST_ROW_TIMING,
    rowCount: slice.total,
    rows: slice.rows
      .slice(0, FIRST_ROWS)
      .map((task) => TASK_COLUMN_LAYOUT.map((layout) => CELLS[layout.id](task, language))),
  });
  const product = escapeHtml(strings.common.productName);
  const title = strings.tasks.title;
  const markup =
    `<div${htmlAttributes({ class: 'root-layout', [FIRST_ROWS_ATTRIBUTE]: '' })}>` +
    `<header class="app-header"><div class="app-header__brand">` +
    `<a class="app-header__product" href="${paths.overview.href()}">${product}</a></div></header>` +
    `<main class="root-layout__main"><h1>${escapeHtml(title)}</h1>` +
    `${table}</main></div>`;
  return { title: strings.common.pageTitle.replace('{{page}}', title), markup };
}
