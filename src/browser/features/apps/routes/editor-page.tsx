import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { ErrorNotice } from '../../../shared/ui/error-notice';
import { ReadOnlyNotice, WriteControl } from '../../session';
import { serverErrorOf } from './server-error-of';
import './apps-routes.css';
import '../../../shared/ui/trail.css';

/**
 * The frame of the create and edit pages of apps and pods: the trail back (Apps, then `crumb`),
 * the heading, a failed write that is not Marathon's validation (the editor shows those at
 * their fields), and the editor for those who may write.
 */
export function EditorPage({
  title,
  crumb,
  error,
  children,
}: {
  title: string;
  crumb?: { label: string; href: string };
  error: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <title>{tCommon('pageTitle', { page: title })}</title>
      <nav aria-label={t('list.trail')} className="trail">
        <ol>
          <li>
            <Link to={paths.apps.href()}>{t('list.title')}</Link>
          </li>
          {crumb && (
            <li>
              <Link to={crumb.href}>{crumb.label}</Link>
            </li>
          )}
        </ol>
      </nav>
      <h1>{title}</h1>
      {error !== null && error !== undefined && !serverErrorOf(error) && (
        <ErrorNotice error={error} />
      )}
      <WriteControl fallback={<ReadOnlyNotice />}>{children}</WriteControl>
    </>
  );
}
