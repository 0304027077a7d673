import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import type { MarathonApp, MarathonQueueItem } from '../../../../api/marathon';
import { formatMegabytes } from '../../../shared/format/format-megabytes';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { appVersionQueryOptions } from '../api/get-app-version';
import { appVersionsQueryOptions } from '../api/get-app-versions';
import { useResumeApp } from '../api/update-app';
import { appStatus } from '../utils/app-status';
import { appRuns } from '../utils/app-summary';
import { forgetInstances, instancesToResume } from '../utils/previous-instances';
import { AppDeploymentProgress } from './app-deployment-progress';
import { AppStatusBadge } from './app-status-badge';
import { WaitingPanel } from './waiting-panel';
import { WriteError } from '../../deployments';
import './app-detail-header.css';
import '../../../shared/ui/button.css';
import { WriteControl } from '../../session';

export type AppDialog = 'scale' | 'suspend' | 'restart' | 'destroy';

/**
 * The app's name, status and actions; while a deployment holds it, its progress; while
 * instances wait to launch, why.
 */
export function AppDetailHeader({
  app,
  queueItem,
  onOpenDialog,
  onEdit,
}: {
  app: MarathonApp;
  queueItem: MarathonQueueItem | undefined;
  onOpenDialog: (dialog: AppDialog) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const resume = useResumeApp();
  const [lookupError, setLookupError] = useState<unknown>(null);
  const status = appStatus(app, queueItem);
  const suspended = (app.instances ?? 1) === 0;
  const runs = appRuns(app);

  const sendResume = async (force: boolean) => {
    setLookupError(null);
    let instances: number;
    try {
      instances = await instancesToResume(
        app.id,
        () => queryClient.fetchQuery(appVersionsQueryOptions(app.id)),
        async (version) => {
          const { instances: count } = await queryClient.fetchQuery(
            appVersionQueryOptions(app.id, version),
          );
          return typeof count === 'number' ? count : undefined;
        },
      );
    } catch (error) {
      setLookupError(error);
      return;
    }
    resume.mutate(
      { appId: app.id, instances, force },
      { onSuccess: () => forgetInstances(app.id) },
    );
  };

  return (
    <header className="app-detail-header">
      <div className="app-detail-header__title">
        <h1>{app.id}</h1>
        <AppStatusBadge status={status} />
      </div>
      <p className="app-detail-header__facts">
        {t('detail.facts', {
          running: app.tasksRunning,
          instances: app.instances ?? 1,
          cpus: formatNumber(app.cpus ?? 0, locale),
          mem: formatMegabytes(app.mem ?? 0, locale),
        })}
        {runs && (
          <>
            {' · '}
            <span className="visually-hidden">{t(`list.runs.${runs.kind}`)} </span>
            <code>{runs.text}</code>
          </>
        )}
      </p>
      {(app.dependencies?.length ?? 0) > 0 && (
        <p className="app-detail-header__facts">
          {t('detail.dependsOn')}{' '}
          {app.dependencies?.map((dependency, index) => (
            <span key={dependency}>
              {index > 0 && ', '}
              {/* A dependency may be an app, a pod or a group: the search finds each of them. */}
              <Link to={paths.apps.href(new URLSearchParams({ q: dependency }))}>{dependency}</Link>
            </span>
          ))}
        </p>
      )}
      <WriteControl>
        <div className="app-detail-header__actions" role="group" aria-label={t('detail.actions')}>
          <button type="button" className="button" onClick={() => onOpenDialog('scale')}>
            {t('actions.scale')}
          </button>
          {suspended ? (
            <button
              type="button"
              className="button"
              disabled={resume.isPending}
              onClick={() => void sendResume(false)}
            >
              {t('actions.resume')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => onOpenDialog('suspend')}>
              {t('actions.suspend')}
            </button>
          )}
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
          <button type="button" className="button" onClick={onEdit}>
            {t('actions.edit')}
          </button>
        </div>
      </WriteControl>
      {(resume.error ?? lookupError) !== null && (
        <WriteError
          error={resume.error ?? lookupError}
          forcing={resume.isPending}
          onForce={() => void sendResume(true)}
        />
      )}
      {app.deployments.length > 0 && <AppDeploymentProgress app={app} />}
      {queueItem && <WaitingPanel app={app} item={queueItem} />}
    </header>
  );
}
