import { useTranslation } from 'react-i18next';
import type { TaskStatusRow } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { formatTime } from '../utils/format-time';
import { TaskStateLabel } from './task-state-label';
import './data-table.css';

/** Every status update of the task, oldest first, as the master kept them. */
export function TaskStatusHistory({ statuses }: { statuses: TaskStatusRow[] }) {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('detail.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.historyTime')}</th>
          <th scope="col">{t('columns.state')}</th>
          <th scope="col">{t('detail.health')}</th>
          <th scope="col">{t('detail.reason')}</th>
          <th scope="col">{t('detail.message')}</th>
        </tr>
      </thead>
      <tbody>
        {statuses.map((status, index) => (
          <tr key={`${status.timestamp}-${index}`}>
            <td>{formatTime(status.timestamp, locale)}</td>
            <td>
              <TaskStateLabel state={status.state} />
            </td>
            <td>{t(`health.${healthKey(status.healthy)}`)}</td>
            <td>{status.reason ?? ''}</td>
            <td>{status.message ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function healthKey(healthy: boolean | null): 'healthy' | 'unhealthy' | 'unknown' {
  if (healthy === null) return 'unknown';
  return healthy ? 'healthy' : 'unhealthy';
}
