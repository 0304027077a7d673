import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MarathonApp, MarathonTask } from '../../../../api/marathon';
import type { TaskState } from '../../../../api/mesos';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { TaskLogLinks } from '../../sandbox';
import { useMarathonInfo } from '../api/get-marathon-info';
import { useKillTasks } from '../api/kill-tasks';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { marathonTaskRow, taskHealthy } from '../utils/marathon-task-row';
import { WriteError } from '../../deployments';
import { HealthCheckResults } from './health-check-results';
import './instances-tab.css';
import { hostPortLink } from '../../../shared/url/upstream-links';
import { WriteControl } from '../../session';

/** Where a resident instance's data lives: each volume's path and id, kept on the task's agent. */
function ResidentVolumes({ task }: { task: MarathonTask }) {
  const { t } = useTranslation('apps');
  const volumes = task.localVolumes ?? [];
  if (volumes.length === 0) return <>{t('instances.noVolumes')}</>;
  return (
    <ul className="instances__volumes">
      {volumes.map((volume) => (
        <li key={volume.persistenceId}>
          {t('instances.volumeOn', { path: volume.containerPath, host: task.host })}
          <code className="instances__volume-id">{volume.persistenceId}</code>
        </li>
      ))}
    </ul>
  );
}

function sortTasks(tasks: readonly MarathonTask[]): MarathonTask[] {
  return [...tasks].sort(
    (a, b) => a.stagedAt.localeCompare(b.stagedAt) || a.id.localeCompare(b.id),
  );
}

/**
 * The app's instances: where each runs and on which host ports, its state and health, and its
 * logs. Selected instances can be killed (Marathon replaces them) or killed and scaled away.
 */
export function InstancesTab({ app }: { app: MarathonApp }) {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const locale = useLocale();
  const info = useMarathonInfo();
  const kill = useKillTasks();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [lastScale, setLastScale] = useState(false);
  const tasks = sortTasks(app.tasks ?? []);
  // Instances that ended since they were selected cannot be killed any more.
  const chosen = tasks.filter((task) => selected.has(task.id)).map((task) => task.id);
  const hasChecks = (app.healthChecks?.length ?? 0) > 0;
  // Instances with local persistent volumes stay on their agent (resident) unless wiped.
  const resident = (app.container?.volumes ?? []).some((volume) => 'persistent' in volume);
  const framework = info.data?.frameworkId
    ? {
        id: info.data.frameworkId,
        name:
          typeof info.data.marathon_config.framework_name === 'string'
            ? info.data.marathon_config.framework_name
            : null,
      }
    : undefined;

  const send = (scale: boolean, force = false, wipe = false) => {
    setLastScale(scale);
    kill.mutate(
      { appId: app.id, taskIds: chosen, scale, force, wipe },
      { onSuccess: () => setSelected(new Set()) },
    );
  };
  const select = (taskId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(taskId);
      else next.delete(taskId);
      return next;
    });
  const healthText = (task: MarathonTask) => {
    if (!hasChecks) return t('instances.noChecks');
    const healthy = taskHealthy(task);
    return t(healthy === null ? 'health.unknown' : healthy ? 'health.healthy' : 'health.unhealthy');
  };

  if (tasks.length === 0) return <p className="apps-empty">{t('instances.none')}</p>;
  return (
    <div className="instances">
      <WriteControl>
        <div className="instances__toolbar" role="group" aria-label={t('instances.selection')}>
          <span>{t('instances.selected', { count: chosen.length })}</span>
          <button
            type="button"
            className="button button--danger"
            disabled={chosen.length === 0 || kill.isPending}
            onClick={() => send(false)}
          >
            {t('instances.kill')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={chosen.length === 0 || kill.isPending}
            onClick={() => send(true)}
          >
            {t('instances.killAndScale')}
          </button>
          {resident && (
            <button
              type="button"
              className="button button--danger"
              disabled={chosen.length === 0 || kill.isPending}
              onClick={() => send(false, false, true)}
            >
              {t('instances.killAndWipe')}
            </button>
          )}
        </div>
        <p className="instances__hint">{t('instances.killHint')}</p>
        {resident && <p className="instances__hint">{t('instances.wipeHint')}</p>}
      </WriteControl>
      {kill.error && (
        <WriteError
          error={kill.error}
          forcing={kill.isPending}
          onForce={() => send(lastScale, true)}
        />
      )}
      <table className="instances__table">
        <caption className="visually-hidden">{t('instances.caption', { appId: app.id })}</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('instances.selectAll')}
                checked={chosen.length === tasks.length}
                onChange={(event) =>
                  setSelected(new Set(event.target.checked ? tasks.map((task) => task.id) : []))
                }
              />
            </th>
            <th scope="col">{t('instances.columns.id')}</th>
            <th scope="col">{t('instances.columns.agent')}</th>
            {resident && <th scope="col">{t('instances.columns.volumes')}</th>}
            <th scope="col">{t('instances.columns.endpoints')}</th>
            <th scope="col">{t('instances.columns.state')}</th>
            <th scope="col">{t('instances.columns.health')}</th>
            <th scope="col">{t('instances.columns.started')}</th>
            <th scope="col">{t('instances.columns.logs')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('instances.select', { taskId: task.id })}
                  checked={selected.has(task.id)}
                  onChange={(event) => select(task.id, event.target.checked)}
                />
              </td>
              <th scope="row" className="instances__id">
                <Link to={paths.task.href(task.id, framework?.id)}>{task.id}</Link>
              </th>
              <td>{task.host}</td>
              {resident && (
                <td>
                  <ResidentVolumes task={task} />
                </td>
              )}
              <td>
                <ul className="instances__endpoints">
                  {task.ports.map((port) => {
                    const href = hostPortLink(task.host, port);
                    return (
                      <li key={port}>
                        {href === null ? (
                          `${task.host}:${port}`
                        ) : (
                          <a href={href} target="_blank" rel="noreferrer">
                            {task.host}:{port}
                          </a>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </td>
              <td>
                {tCommon(`taskState.${task.state as TaskState}`, { defaultValue: task.state })}
              </td>
              <td>
                {healthText(task)}
                {hasChecks && (task.healthCheckResults?.length ?? 0) > 0 && (
                  <HealthCheckResults results={task.healthCheckResults ?? []} />
                )}
              </td>
              <td>
                {task.startedAt ? (
                  <time dateTime={task.startedAt}>{formatIsoTime(task.startedAt, locale)}</time>
                ) : (
                  t('instances.notStarted')
                )}
              </td>
              <td>{framework && <TaskLogLinks task={marathonTaskRow(task, app, framework)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
