import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaleModelNotice } from '../../../shared/ui/stale-model-notice';
import { TaskBrowser } from '../components/task-browser';

export function TasksRoute() {
  const { t } = useTranslation('tasks');
  return (
    <>
      <PageTitle title={t('title')} />
      <StaleModelNotice />
      <TaskBrowser />
    </>
  );
}
