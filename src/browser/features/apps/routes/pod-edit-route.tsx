import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MarathonPod } from '../../../../api/marathon';
import { paths } from '../../../shared/paths';
import { ErrorNotice } from '../../../shared/ui/error-notice';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { ReadOnlyNotice, WriteControl } from '../../session';
import { podQueryOptions } from '../api/get-pod';
import { useEditPod } from '../api/update-pod';
import { AppEditor } from '../editor/app-editor';
import { browserDraftStore } from '../editor/draft-store';
import { definitionText } from '../utils/app-definition-text';
import { serverErrorOf } from './server-error-of';
import './apps-routes.css';
import '../../../shared/ui/trail.css';

/** The pod's draft key: apps use their id, and an app and a pod may share one. */
const draftKeyOf = (podId: string) => `pod:${podId}`;

function EditPod({ pod }: { pod: MarathonPod }) {
  const { t } = useTranslation('apps');
  const navigate = useNavigate();
  const edit = useEditPod();
  const [initialText] = useState(() => definitionText(pod));
  const serverError = serverErrorOf(edit.error);
  return (
    <>
      {edit.error && !serverError && <ErrorNotice error={edit.error} />}
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
    </>
  );
}

/** Edit a pod as JSON; the whole pod is sent (PUT replaces it). */
export function PodEditRoute() {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const { podId = '' } = useParams();
  // Polling would only refresh what the editor no longer reads.
  const pod = useQuery({ ...podQueryOptions(podId), refetchInterval: false });
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('edit.title', { appId: podId }) })}</title>
      <nav aria-label={t('list.trail')} className="trail">
        <ol>
          <li>
            <Link to={paths.apps.href()}>{t('list.title')}</Link>
          </li>
          <li>
            <Link to={paths.pod.href(podId)}>{podId}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('edit.title', { appId: podId })}</h1>
      <QueryFeedback isPending={pod.isPending} error={pod.error} hasData={pod.data !== undefined} />
      <WriteControl fallback={<ReadOnlyNotice />}>
        {pod.data && <EditPod pod={pod.data.spec} />}
      </WriteControl>
    </>
  );
}
