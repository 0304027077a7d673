import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { MarathonPod } from '../../../../api/marathon';
import { paths } from '../../../shared/paths';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { podQueryOptions } from '../api/get-pod';
import { useEditPod } from '../api/update-pod';
import { AppEditor } from '../editor/app-editor';
import { browserDraftStore } from '../editor/draft-store';
import { definitionText } from '../utils/app-definition-text';
import { EditorPage } from './editor-page';
import { serverErrorOf } from './server-error-of';

/** The pod's draft key: apps use their id, and an app and a pod may share one. */
const draftKeyOf = (podId: string) => `pod:${podId}`;

/** The whole pod is sent: PUT replaces it (pods have no partial update). */
function EditPod({ pod, edit }: { pod: MarathonPod; edit: ReturnType<typeof useEditPod> }) {
  const { t } = useTranslation('apps');
  const navigate = useNavigate();
  const [initialText] = useState(() => definitionText(pod));
  const serverError = serverErrorOf(edit.error);
  return (
    <AppEditor
      kind="pod"
      initialText={initialText}
      reviewAgainst={initialText}
      draftKey={draftKeyOf(pod.id)}
      submitLabel={t('edit.submit')}
      submitting={edit.isPending}
      {...(serverError ? { serverError } : {})}
      onSubmit={(definition, { force }) =>
        edit.mutate(
          { podId: pod.id, definition, force },
          {
            onSuccess: () => {
              browserDraftStore().clear(draftKeyOf(pod.id));
              void navigate(paths.pod.href(pod.id));
            },
          },
        )
      }
    />
  );
}

export function PodEditRoute() {
  const { t } = useTranslation('apps');
  const { podId = '' } = useParams();
  // Polling would only refresh what the editor no longer reads.
  const pod = useQuery({ ...podQueryOptions(podId), refetchInterval: false });
  const edit = useEditPod();
  return (
    <EditorPage
      title={t('edit.title', { appId: podId })}
      crumb={{ label: podId, href: paths.pod.href(podId) }}
      error={edit.error}
    >
      <QueryFeedback isPending={pod.isPending} error={pod.error} hasData={pod.data !== undefined} />
      {pod.data && <EditPod pod={pod.data.spec} edit={edit} />}
    </EditorPage>
  );
}
