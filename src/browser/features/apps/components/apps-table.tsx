import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarathonApp, MarathonQueueItem } from '../../../../api/marathon';
import { formatMegabytes } from '../../../shared/format/format-megabytes';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { appHealth, type AppHealth } from '../utils/app-health';
import { appStatus, queueItemOf, type AppStatus } from '../utils/app-status';
import { appName, appRuns } from '../utils/app-summary';
import type { AppFolder } from '../utils/app-tree';
import { AppStatusBadge } from './app-status-badge';
import { HealthBar } from './health-bar';
import './apps-table.css';

const STATUS_WEIGHT: Record<AppStatus, number> = {
  delayed: 4,
  waiting: 3,
  deploying: 2,
  running: 1,
  suspended: 0,
};

function sumHealth(apps: readonly MarathonApp[]): AppHealth {
  const total: AppHealth = { healthy: 0, unhealthy: 0, unknown: 0, running: 0 };
  for (const app of apps) {
    const health = appHealth(app);
    total.healthy += health.healthy;
    total.unhealthy += health.unhealthy;
    total.unknown += health.unknown;
    total.running += health.running;
  }
  return total;
}

/**
 * Apps (and, when browsing, folders with everything below them rolled up: the worst status, the
 * summed instances and resources). With `fullPaths` the names are the full app ids.
 */
export function AppsTable({
  apps,
  folders = [],
  queue,
  fullPaths,
  folderHref,
  podIds,
}: {
  apps: readonly MarathonApp[];
  /** Rows that are pods (in the app's shape, see podAsAppRow): marked, and linked to their page. */
  podIds?: ReadonlySet<string>;
  folders?: readonly AppFolder[];
  queue: readonly MarathonQueueItem[] | undefined;
  fullPaths: boolean;
  folderHref: (group: string) => string;
}) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const statusOf = (app: MarathonApp) => appStatus(app, queueItemOf(queue, app.id));
  const target = (app: MarathonApp) => app.instances ?? 1;
  return (
    <table className="apps-table">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.name')}</th>
          <th scope="col">{t('list.columns.status')}</th>
          <th scope="col">{t('list.columns.instances')}</th>
          <th scope="col">{t('list.columns.health')}</th>
          <th scope="col">{t('list.columns.cpus')}</th>
          <th scope="col">{t('list.columns.mem')}</th>
          <th scope="col">{t('list.columns.runs')}</th>
        </tr>
      </thead>
      <tbody>
        {folders.map((folder) => {
          const worst = folder.apps
            .map(statusOf)
            .reduce((a, b) => (STATUS_WEIGHT[b] > STATUS_WEIGHT[a] ? b : a), 'suspended');
          const running = folder.apps.reduce((sum, app) => sum + app.tasksRunning, 0);
          const instances = folder.apps.reduce((sum, app) => sum + target(app), 0);
          return (
            <tr key={folder.id} className="apps-table__folder">
              <th scope="row">
                <Link
                  to={folderHref(folder.id)}
                  aria-label={t('list.openFolder', { folder: folder.id })}
                >
                  <span aria-hidden="true">📁 </span>
                  {fullPaths ? folder.id : folder.name}
                </Link>{' '}
                <span className="apps-table__muted">
                  {t('list.folderApps', { count: folder.apps.length })}
                </span>
              </th>
              <td>
                <AppStatusBadge status={worst} />
              </td>
              <td>{t('list.instances', { running, instances })}</td>
              <td>
                <HealthBar health={sumHealth(folder.apps)} />
              </td>
              <td>
                {formatNumber(
                  folder.apps.reduce((sum, app) => sum + (app.cpus ?? 0) * target(app), 0),
                  locale,
                )}
              </td>
              <td>
                {formatMegabytes(
                  folder.apps.reduce((sum, app) => sum + (app.mem ?? 0) * target(app), 0),
                  locale,
                )}
              </td>
              <td />
            </tr>
          );
        })}
        {apps.map((app) => {
          const runs = appRuns(app);
          const pod = podIds?.has(app.id) === true;
          return (
            <tr key={app.id}>
              <th scope="row">
                <Link to={pod ? paths.pod.href(app.id) : paths.app.href(app.id)}>
                  {fullPaths ? app.id : appName(app.id)}
                </Link>
                {pod && (
                  <>
                    {' '}
                    <span className="apps-table__kind">{t('pods.marker')}</span>
                  </>
                )}
              </th>
              <td>
                <AppStatusBadge status={statusOf(app)} />
              </td>
              <td>{t('list.instances', { running: app.tasksRunning, instances: target(app) })}</td>
              <td>
                <HealthBar health={appHealth(app)} />
              </td>
              <td>{formatNumber(app.cpus ?? 0, locale)}</td>
              <td>{formatMegabytes(app.mem ?? 0, locale)}</td>
              <td className="apps-table__runs">
                {runs && (
                  <>
                    <span className="visually-hidden">{t(`list.runs.${runs.kind}`)} </span>
                    <code title={runs.text}>{runs.text}</code>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
