import { Tabs } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useTaskView } from '../utils/use-task-view';
import type { TaskTab } from '../utils/task-view';
import { TaskFilters } from './task-filters';
import { TasksTable } from './tasks-table';
import '../../../shared/ui/view-tabs.css';

const TABS: TaskTab[] = ['active', 'completed'];

/**
 * Active and completed tasks as tabs, with filters and sort, all read from and written to the
 * URL. `framework` pins the framework filter (a framework's own page).
 */
export function TaskBrowser({ framework }: { framework?: string }) {
  const { t } = useTranslation('tasks');
  const [urlView, update] = useTaskView();
  const view = framework === undefined ? urlView : { ...urlView, framework };
  return (
    <Tabs.Root
      value={view.state}
      onValueChange={(value) => {
        const state = TABS.find((tab) => tab === value);
        if (state) update({ state, taskState: undefined }, { push: true });
      }}
      activationMode="manual"
    >
      <Tabs.List className="view-tabs__list" aria-label={t('tabs.label')}>
        {TABS.map((tab) => (
          <Tabs.Trigger key={tab} value={tab} className="view-tabs__tab">
            {t(`tabs.${tab}`)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value={view.state} className="view-tabs__panel">
        <TasksTable
          view={view}
          onSortChange={(sort, order) => update({ sort, order })}
          filters={
            <TaskFilters view={view} onChange={update} fixedFramework={framework !== undefined} />
          }
        />
      </Tabs.Content>
    </Tabs.Root>
  );
}
