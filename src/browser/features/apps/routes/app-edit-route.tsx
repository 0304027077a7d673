import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { MarathonApp } from '../../../../api/marathon';
import { paths } from '../../../shared/paths';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { appQueryOptions } from '../../../shared/api/get-app';
import { useEditApp } from '../api/update-app';
import { AppEditor } from '../editor/app-editor';
import { browserDraftStore } from '../editor/draft-store';
import { definitionText } from '../utils/app-definition-text';
import { EditorPage } from './editor-page';
import { serverErrorOf } from './server-error-of';

/**
 * Edit sends the whole document with partialUpdate=false: PUT merges by default, and a merge
 * could never remove a field the operator deleted.
 */
function EditApp({ app, edit }: { app: MarathonApp; edit: ReturnType<typeof useEditApp> }) {
  const { t } = useTranslation('apps');
  const navigate = useNavigate();
  // The definition as it was when editing began: the review diff compares against it.
  const [initialText] = useState(() => definitionText(app));
  const serverError = serverErrorOf(edit.error);
  return (
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
  );
}

export function AppEditRoute() {
  const { t } = useTranslation('apps');
  const { appId = '' } = useParams();
  // Polling would only refresh what the editor no longer reads.
  const app = useQuery({ ...appQueryOptions(appId), refetchInterval: false });
  const edit = useEditApp();
  return (
    <EditorPage
      title={t('edit.title', { appId })}
      crumb={{ label: appId, href: paths.app.href(appId) }}
      error={edit.error}
    >
      <QueryFeedback isPending={app.isPending} error={app.error} hasData={app.data !== undefined} />
      {app.data && <EditApp app={app.data} edit={edit} />}
    </EditorPage>
  );
}
