import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnlyNotice, WriteControl } from '../../session';
import { Link, useNavigate, useParams } from 'react-router';
import type { MarathonApp } from '../../../../api/marathon';
import { paths } from '../../../shared/paths';
import { ErrorNotice } from '../../../shared/ui/error-notice';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { appQueryOptions } from '../../../shared/api/get-app';
import { useEditApp } from '../api/update-app';
import { AppEditor } from '../editor/app-editor';
import { browserDraftStore } from '../editor/draft-store';
import { definitionText } from '../utils/app-definition-text';
import { serverErrorOf } from './server-error-of';
import './apps-routes.css';
import '../../../shared/ui/trail.css';

/**
 * Edit sends the whole document with partialUpdate=false: PUT merges by default, and a merge
 * could never remove a field the operator deleted.
 */
function EditApp({ app }: { app: MarathonApp }) {
  const { t } = useTranslation('apps');
  const navigate = useNavigate();
  const edit = useEditApp();
  // The definition as it was when editing began: the review diff compares against it.
  const [initialText] = useState(() => definitionText(app));
  const serverError = serverErrorOf(edit.error);
  return (
    <>
      {edit.error && !serverError && <ErrorNotice error={edit.error} />}
      <AppEditor
        initialText={initialText}
        reviewAgainst={initialText}
        draftKey={app.id}
        submitLabel={t('edit.submit')}
        submitting={edit.isPending}
        {...(serverError ? { serverError } : {})}
        onSubmit={(definition, { force }) =>
          edit.mutate(
            { appId: app.id, definition, force },
            {
              onSuccess: () => {
                browserDraftStore().clear(app.id);
                void navigate(paths.app.href(app.id));
              },
            },
          )
        }
      />
    </>
  );
}

export function AppEditRoute() {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const { appId = '' } = useParams();
  // Polling would only refresh what the editor no longer reads.
  const app = useQuery({ ...appQueryOptions(appId), refetchInterval: false });
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('edit.title', { appId }) })}</title>
      <nav aria-label={t('list.trail')} className="trail">
        <ol>
          <li>
            <Link to={paths.apps.href()}>{t('list.title')}</Link>
          </li>
          <li>
            <Link to={paths.app.href(appId)}>{appId}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('edit.title', { appId })}</h1>
      <QueryFeedback isPending={app.isPending} error={app.error} hasData={app.data !== undefined} />
      <WriteControl fallback={<ReadOnlyNotice />}>
        {app.data && <EditApp app={app.data} />}
      </WriteControl>
    </>
  );
}
