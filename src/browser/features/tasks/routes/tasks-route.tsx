import { useTranslation } from 'react-i18next';
import { StaleModelNotice } from '../components/stale-model-notice';
import { TaskBrowser } from '../components/task-browser';

export function TasksRoute() {
  const { t } = useTranslation('tasks');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('title') })}</title>
      <h1>{t('title')}</h1>
      <StaleModelNotice />
      <TaskBrowser />
    </>
  );
}
