import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../shared/paths';
import { PageTitle } from '../shared/ui/page-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.body', { path: pathname })}</p>
      <Link to={paths.overview.href()}>{t('notFound.back')}</Link>
    </>
  );
}
