import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { StaleModelNotice } from '../../../shared/ui/stale-model-notice';
import { FrameworkLists } from '../components/framework-lists';

export function FrameworksRoute() {
  const { t } = useTranslation('frameworks');
  return (
    <>
      <PageTitle title={t('title')} />
      <StaleModelNotice />
      <FrameworkLists />
    </>
  );
}
