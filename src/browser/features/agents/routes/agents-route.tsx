import { useTranslation } from 'react-i18next';
import { StaleModelNotice } from '../../tasks/components/stale-model-notice';
import { AgentsTable } from '../components/agents-table';

export function AgentsRoute() {
  const { t } = useTranslation('agents');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('title') })}</title>
      <h1>{t('title')}</h1>
      <StaleModelNotice />
      <AgentsTable />
    </>
  );
}
