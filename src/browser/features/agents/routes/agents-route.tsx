import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaleModelNotice } from '../../../shared/ui/stale-model-notice';
import { AgentsTable } from '../components/agents-table';

export function AgentsRoute() {
  const { t } = useTranslation('agents');
  return (
    <>
      <PageTitle title={t('title')} />
      <StaleModelNotice />
      <AgentsTable />
    </>
  );
}
