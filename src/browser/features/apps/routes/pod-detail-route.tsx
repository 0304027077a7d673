import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MarathonPodStatus } from '../../../../api/marathon';
import { isApiError } from '../../../shared/api/api-error';
import { formatMegabytes } from '../../../shared/format/format-megabytes';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useDeployments, WriteStatusRegion } from '../../deployments';
import { WriteControl } from '../../session';
import { usePod } from '../api/get-pod';
import { usePodVersion } from '../api/get-pod-version';
import { usePodVersions } from '../api/get-pod-versions';
import { useQueue } from '../api/get-queue';
import { useRollbackPodVersion } from '../api/update-pod';
import { AppDeploymentProgress } from '../components/app-deployment-progress';
import { AppStatusBadge } from '../components/app-status-badge';
import { ConfigurationTab } from '../components/configuration-tab';
import { PodInstancesTab } from '../components/pod-instances-tab';
import { VersionsTab, type VersionsSource } from '../components/versions-tab';
import { WaitingPanel } from '../components/waiting-panel';
import { PodDestroyDialog, PodKillInstanceDialog, PodRestartDialog } from '../dialogs/pod-dialogs';
import { RollbackVersionDialog } from '../dialogs/rollback-version-dialog';
import { ScaleDialog } from '../dialogs/scale-dialog';
import { writeFilters } from '../utils/app-filters';
import { appStatus, queueItemOf } from '../utils/app-status';
import { parentGroup } from '../utils/app-summary';
import { podAsAppRow } from '../utils/pod-summary';
import { useAppDetailParams } from './app-detail-params';
import { DetailTabs } from '../components/detail-tabs';
import '../components/app-detail-header.css';
import '../../../shared/ui/button.css';
import '../../../shared/ui/trail.css';
import './apps-routes.css';

const POD_VERSIONS: VersionsSource = { useVersions: usePodVersions, useVersion: usePodVersion };

function PodHeader({
  pod,
  onOpenDialog,
}: {
  pod: MarathonPodStatus;
  onOpenDialog: (dialog: 'scale' | 'restart' | 'destroy') => void;
}) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const navigate = useNavigate();
  const deployments = useDeployments();
  const queue = useQueue();
  // The pod in the app's shape: status, deployment progress and the waiting panel read that.
  const row = podAsAppRow(pod, deployments.data);
  const queueItem = queueItemOf(queue.data, pod.id);
  return (
    <header className="app-detail-header">
      <div className="app-detail-header__title">
        <PageTitle title={pod.id} />
        <span className="apps-table__kind">{t('pods.marker')}</span>
        <AppStatusBadge status={appStatus(row, queueItem)} />
      </div>
      <p className="app-detail-header__facts">
        {t('detail.facts', {
          running: row.tasksRunning,
          instances: row.instances ?? 1,
          cpus: formatNumber(row.cpus ?? 0, locale),
          mem: formatMegabytes(row.mem ?? 0, locale),
        })}
        {' · '}
        {t('pods.containers', { names: pod.spec.containers.map((c) => c.name).join(', ') })}
      </p>
      <WriteControl>
        <div className="app-detail-header__actions" role="group" aria-label={t('pods.actions')}>
          <button type="button" className="button" onClick={() => onOpenDialog('scale')}>
            {t('actions.scale')}
          </button>
          <button type="button" className="button" onClick={() => onOpenDialog('restart')}>
            {t('actions.restart')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => onOpenDialog('destroy')}
          >
            {t('actions.destroy')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void navigate(paths.podEdit.href(pod.id))}
          >
            {t('actions.edit')}
          </button>
        </div>
      </WriteControl>
      {row.deployments.length > 0 && <AppDeploymentProgress app={row} />}
      {queueItem && <WaitingPanel app={row} item={queueItem} />}
    </header>
  );
}

/** A pod's page: instances with their containers, its configuration and versions. */
export function PodDetailRoute() {
  const { t } = useTranslation('apps');
  const { podId = '' } = useParams();
  const navigate = useNavigate();
  const params = useAppDetailParams();
  const pod = usePod(podId);
  const group = parentGroup(podId);
  const groupHref = paths.apps.href(
    writeFilters({ group, q: '', status: [], health: [], label: '' }),
  );
  const trail = (
    <nav aria-label={t('list.trail')} className="trail">
      <ol>
        <li>
          <Link to={paths.apps.href()}>{t('list.title')}</Link>
        </li>
        {group !== '/' && (
          <li>
            <Link to={groupHref}>{group}</Link>
          </li>
        )}
      </ol>
    </nav>
  );
  if (isApiError(pod.error) && pod.error.status === 404) {
    return (
      <>
        {trail}
        <PageTitle title={podId} />
        <WriteStatusRegion />
        <p>{t('pods.notFound', { podId })}</p>
      </>
    );
  }
  const data = pod.data;
  return (
    <>
      {trail}
      <QueryFeedback isPending={pod.isPending} error={pod.error} hasData={data !== undefined} />
      {data && (
        <>
          <PodHeader pod={data} onOpenDialog={params.openDialog} />
          <WriteStatusRegion />
          <DetailTabs
            tab={params.tab}
            onTab={params.setTab}
            label={t('pods.tabs')}
            panels={{
              instances: (
                <PodInstancesTab pod={data} onKill={(id) => params.openDialog('kill', id)} />
              ),
              configuration: <ConfigurationTab app={data.spec} />,
              versions: (
                <VersionsTab
                  id={data.id}
                  currentVersion={data.spec.version}
                  source={POD_VERSIONS}
                  selection={params.versions}
                  onSelect={params.selectVersions}
                  onRollback={(version) => params.openDialog('rollback', version)}
                />
              ),
            }}
          />
          <WriteControl>
            {params.dialog === 'scale' && (
              <ScaleDialog
                app={podAsAppRow(data, undefined)}
                pod={data.spec}
                onClose={params.closeDialog}
              />
            )}
            {params.dialog === 'restart' && (
              <PodRestartDialog pod={data} onClose={params.closeDialog} />
            )}
            {params.dialog === 'destroy' && (
              <PodDestroyDialog
                pod={data}
                onClose={params.closeDialog}
                onDestroyed={() => void navigate(groupHref, { replace: true })}
              />
            )}
            {params.dialog === 'rollback' && params.dialogVersion !== undefined && (
              <RollbackVersionDialog
                id={data.id}
                version={params.dialogVersion}
                useRollback={useRollbackPodVersion}
                onClose={params.closeDialog}
              />
            )}
            {params.dialog === 'kill' && params.dialogInstance !== undefined && (
              <PodKillInstanceDialog
                pod={data}
                instanceId={params.dialogInstance}
                onClose={params.closeDialog}
              />
            )}
          </WriteControl>
        </>
      )}
    </>
  );
}
