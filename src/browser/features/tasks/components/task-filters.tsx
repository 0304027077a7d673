import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TaskState } from '../../../../api/mesos';
import { FilterField } from '../../../shared/ui/virtual-table/filter-field';
import { ToolbarSelect } from '../../../shared/ui/virtual-table/table-toolbar';
import { useFrameworks } from '../../../shared/api/get-frameworks';
import { statesOfTab, type TaskView } from '../utils/task-view';
import { paths } from '../../../shared/paths';
import './task-filters.css';

/** Free text, task state, framework (unless the page fixes it) and the agent being filtered on. */
export function TaskFilters({
  view,
  onChange,
  fixedFramework,
}: {
  view: TaskView;
  onChange: (patch: Partial<TaskView>) => void;
  fixedFramework: boolean;
}) {
  const { t } = useTranslation('tasks');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <FilterField
        label={t('filter.text')}
        placeholder={t('filter.textHint')}
        value={view.q}
        onChange={(q) => onChange({ q })}
        pageSearch
      />
      <ToolbarSelect
        label={t('filter.state')}
        value={view.taskState ?? ''}
        options={[
          { value: '', label: t('filter.anyState') },
          ...statesOfTab(view.state).map((state) => ({
            value: state,
            label: tCommon(`taskState.${state}`),
          })),
        ]}
        onChange={(value) => onChange({ taskState: (value || undefined) as TaskState | undefined })}
      />
      {!fixedFramework && (
        <FrameworkFilter value={view.framework} onChange={(framework) => onChange({ framework })} />
      )}
      {view.agent !== undefined && (
        <p className="task-filters__agent">
          <Link to={paths.agent.href(view.agent)}>{t('filter.agent', { agent: view.agent })}</Link>
          <button
            type="button"
            className="task-filters__clear"
            onClick={() => onChange({ agent: undefined })}
          >
            {t('filter.clearAgent')}
          </button>
        </p>
      )}
    </>
  );
}

function FrameworkFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (framework: string | undefined) => void;
}) {
  const { t } = useTranslation('tasks');
  const { data } = useFrameworks();
  const frameworks = data ? [...data.active, ...data.inactive, ...data.completed] : [];
  const options = frameworks.map((framework) => ({
    value: framework.id,
    label: t('filter.frameworkOption', { name: framework.name, id: framework.id }),
  }));
  // A framework gone from the master's state can still be in a shared link.
  if (value !== undefined && !frameworks.some((framework) => framework.id === value)) {
    options.push({ value, label: value });
  }
  return (
    <ToolbarSelect
      label={t('filter.framework')}
      value={value ?? ''}
      options={[{ value: '', label: t('filter.anyFramework') }, ...options]}
      onChange={(framework) => onChange(framework || undefined)}
    />
  );
}
