import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../shared/paths';
import { absoluteId, useCreateApp } from '../api/create-app';
import { AppEditor } from '../editor/app-editor';
import { serializeDocument } from '../editor/apply-form-patch';
import { browserDraftStore } from '../editor/draft-store';
import { EditorPage } from './editor-page';
import { serverErrorOf } from './server-error-of';

/** Where a new document starts: the fields every app needs; templates replace it in one click. */
const NEW_APP_TEXT = serializeDocument({ id: '', cpus: 0.1, mem: 128, instances: 1 });

export function AppCreateRoute() {
  const { t } = useTranslation('apps');
  const navigate = useNavigate();
  const create = useCreateApp();
  const serverError = serverErrorOf(create.error);
  return (
    <EditorPage title={t('create.title')} error={create.error}>
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
    </EditorPage>
  );
}
