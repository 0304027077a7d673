import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../shared/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <title>{t('pageTitle', { page: t('notFound.title') })}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <Link to={paths.overview.href()}>{t('notFound.back')}</Link>
    </>
  );
}
