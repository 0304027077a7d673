import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../shared/paths';
import { absoluteId } from '../api/create-app';
import { useCreatePod } from '../api/create-pod';
import { AppEditor } from '../editor/app-editor';
import { serializeDocument } from '../editor/apply-form-patch';
import { browserDraftStore } from '../editor/draft-store';
import { EditorPage } from './editor-page';
import { serverErrorOf } from './server-error-of';

const DRAFT_KEY = 'new-pod';

/** Where a new pod starts: one container with what every container needs. */
const NEW_POD_TEXT = serializeDocument({
  id: '',
  scaling: { kind: 'fixed', instances: 1 },
  containers: [
    {
      name: 'main',
      resources: { cpus: 0.1, mem: 64 },
      exec: { command: { shell: 'sleep 3600' } },
    },
  ],
});

/** Create a pod in JSON (the pod schema drives Monaco); a 409 keeps the text and offers force. */
export function PodCreateRoute() {
  const { t } = useTranslation('apps');
  const navigate = useNavigate();
  const create = useCreatePod();
  const serverError = serverErrorOf(create.error);
  return (
    <EditorPage title={t('pods.createTitle')} error={create.error}>
      <AppEditor
        kind="pod"
        initialText={NEW_POD_TEXT}
        draftKey={DRAFT_KEY}
        submitLabel={t('pods.createSubmit')}
        submitting={create.isPending}
        {...(serverError ? { serverError } : {})}
        onSubmit={(pod, { force }) =>
          create.mutate(
            { pod, force },
            {
              onSuccess: () => {
                browserDraftStore().clear(DRAFT_KEY);
                void navigate(paths.pod.href(absoluteId(pod.id)));
              },
            },
          )
        }
      />
    </EditorPage>
  );
}
