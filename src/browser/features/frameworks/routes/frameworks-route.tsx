import { useTranslation } from 'react-i18next';
import { StaleModelNotice } from '../../tasks/components/stale-model-notice';
import { FrameworkLists } from '../components/framework-lists';

export function FrameworksRoute() {
  const { t } = useTranslation('frameworks');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('title') })}</title>
      <h1>{t('title')}</h1>
      <StaleModelNotice />
      <FrameworkLists />
    </>
  );
}
