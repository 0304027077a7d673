import { useTranslation } from 'react-i18next';
import { ReadOnlyNotice, WriteControl } from '../../session';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../shared/paths';
import { ErrorNotice } from '../../../shared/ui/error-notice';
import { absoluteId, useCreateApp } from '../api/create-app';
import { AppEditor } from '../editor/app-editor';
import { serializeDocument } from '../editor/apply-form-patch';
import { browserDraftStore } from '../editor/draft-store';
import { serverErrorOf } from './server-error-of';
import './apps-routes.css';
import '../../../shared/ui/trail.css';

/** Where a new document starts: the fields every app needs; templates replace it in one click. */
const NEW_APP_TEXT = serializeDocument({ id: '', cpus: 0.1, mem: 128, instances: 1 });

export function AppCreateRoute() {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateApp();
  const serverError = serverErrorOf(create.error);
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('create.title') })}</title>
      <nav aria-label={t('list.trail')} className="trail">
        <ol>
          <li>
            <Link to={paths.apps.href()}>{t('list.title')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('create.title')}</h1>
      {create.error && !serverError && <ErrorNotice error={create.error} />}
      <WriteControl fallback={<ReadOnlyNotice />}>
        <AppEditor
          initialText={NEW_APP_TEXT}
          draftKey="new"
          showTemplates
          submitLabel={t('create.submit')}
          submitting={create.isPending}
          {...(serverError ? { serverError } : {})}
          onSubmit={(app, { force }) =>
            create.mutate(
              { app, force },
              {
                onSuccess: (sent) => {
                  browserDraftStore().clear('new');
                  void navigate(paths.app.href(sent.appId ?? absoluteId(app.id)));
                },
              },
            )
          }
        />
      </WriteControl>
    </>
  );
}
