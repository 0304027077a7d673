import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../shared/paths';
import { ErrorNotice } from '../../../shared/ui/error-notice';
import { ReadOnlyNotice, WriteControl } from '../../session';
import { absoluteId } from '../api/create-app';
import { useCreatePod } from '../api/create-pod';
import { AppEditor } from '../editor/app-editor';
import { serializeDocument } from '../editor/apply-form-patch';
import { browserDraftStore } from '../editor/draft-store';
import { serverErrorOf } from './server-error-of';
import './apps-routes.css';
import '../../../shared/ui/trail.css';

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
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePod();
  const serverError = serverErrorOf(create.error);
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('pods.createTitle') })}</title>
      <nav aria-label={t('list.trail')} className="trail">
        <ol>
          <li>
            <Link to={paths.apps.href()}>{t('list.title')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('pods.createTitle')}</h1>
      {create.error && !serverError && <ErrorNotice error={create.error} />}
      <WriteControl fallback={<ReadOnlyNotice />}>
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
      </WriteControl>
    </>
  );
}
