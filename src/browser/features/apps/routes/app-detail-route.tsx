import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { paths } from '../../../shared/paths';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { WriteStatusRegion } from '../../deployments';
import { useApp } from '../../../shared/api/get-app';
import { useQueue } from '../api/get-queue';
import { AppDetailHeader } from '../components/app-detail-header';
import { ConfigurationTab } from '../components/configuration-tab';
import { InstancesTab } from '../components/instances-tab';
import { VersionsTab, type VersionsSource } from '../components/versions-tab';
import { useAppVersion } from '../api/get-app-version';
import { useAppVersions } from '../api/get-app-versions';
import { DestroyDialog } from '../dialogs/destroy-dialog';
import { RestartDialog } from '../dialogs/restart-dialog';
import { useRollbackAppVersion } from '../api/update-app';
import { RollbackVersionDialog } from '../dialogs/rollback-version-dialog';
import { ScaleDialog } from '../dialogs/scale-dialog';
import { SuspendDialog } from '../dialogs/suspend-dialog';
import { queueItemOf } from '../utils/app-status';
import { parentGroup } from '../utils/app-summary';
import { writeFilters } from '../utils/app-filters';
import { useAppDetailParams } from './app-detail-params';
import { DetailTabs } from '../components/detail-tabs';
import { PageTitle } from '../../../shared/ui/page-title';
import './apps-routes.css';
import '../../../shared/ui/trail.css';
import { WriteControl } from '../../session';

const APP_VERSIONS: VersionsSource = { useVersions: useAppVersions, useVersion: useAppVersion };

export function AppDetailRoute() {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const { appId = '' } = useParams();
  const navigate = useNavigate();
  const params = useAppDetailParams();
  const app = useApp(appId);
  const queue = useQueue();
  const group = parentGroup(appId);
  const groupHref = paths.apps.href(
    writeFilters({ group, q: '', status: [], health: [], label: '' }),
  );

  if (isApiError(app.error) && app.error.status === 404) {
    return (
      <>
        <PageTitle title={appId} />
        <WriteStatusRegion />
        <p>{t('detail.notFound', { appId })}</p>
        <Link to={groupHref}>{t('detail.backToApps')}</Link>
      </>
    );
  }

  const data = app.data;
  return (
    <>
      <title>{tCommon('pageTitle', { page: appId })}</title>
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
      <QueryFeedback isPending={app.isPending} error={app.error} hasData={data !== undefined} />
      {data && (
        <>
          <AppDetailHeader
            app={data}
            queueItem={queueItemOf(queue.data, data.id)}
            onOpenDialog={params.openDialog}
            onEdit={() => void navigate(paths.appEdit.href(data.id))}
          />
          <WriteStatusRegion />
          <DetailTabs
            tab={params.tab}
            onTab={params.setTab}
            label={t('detail.tabs')}
            panels={{
              instances: <InstancesTab app={data} />,
              configuration: <ConfigurationTab app={data} />,
              versions: (
                <VersionsTab
                  id={data.id}
                  currentVersion={data.version}
                  source={APP_VERSIONS}
                  selection={params.versions}
                  onSelect={params.selectVersions}
                  onRollback={(version) => params.openDialog('rollback', version)}
                />
              ),
            }}
          />
          <WriteControl>
            {params.dialog === 'scale' && <ScaleDialog app={data} onClose={params.closeDialog} />}
            {params.dialog === 'suspend' && (
              <SuspendDialog app={data} onClose={params.closeDialog} />
            )}
            {params.dialog === 'restart' && (
              <RestartDialog app={data} onClose={params.closeDialog} />
            )}
            {params.dialog === 'destroy' && (
              <DestroyDialog
                app={data}
                onClose={params.closeDialog}
                onDestroyed={() => void navigate(groupHref, { replace: true })}
              />
            )}
            {params.dialog === 'rollback' && params.dialogVersion !== undefined && (
              <RollbackVersionDialog
                id={data.id}
                version={params.dialogVersion}
                useRollback={useRollbackAppVersion}
                onClose={params.closeDialog}
              />
            )}
          </WriteControl>
        </>
      )}
    </>
  );
}
