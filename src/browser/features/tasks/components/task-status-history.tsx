import { useTranslation } from 'react-i18next';
import type { TaskStatusRow } from '../../../../api/cluster-model';
import { useLocale } from '../../../shared/format/use-locale';
import { DataTable } from '../../../shared/ui/data-table';
import { formatTime } from '../../../shared/format/format-time';
import { TaskStateLabel } from './task-state-label';

/** Every status update of the task, oldest first, as the master kept them. */
export function TaskStatusHistory({ statuses }: { statuses: TaskStatusRow[] }) {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  return (
    <DataTable<TaskStatusRow>
      caption={t('detail.history')}
      rows={statuses}
      rowKey={(status, index) => `${status.timestamp}-${index}`}
      rowHeaders={false}
      columns={[
        {
          id: 'time',
          header: t('detail.historyTime'),
          cell: (status) => formatTime(status.timestamp, locale),
        },
        {
          id: 'state',
          header: t('columns.state'),
          cell: (status) => <TaskStateLabel state={status.state} />,
        },
        {
          id: 'health',
          header: t('detail.health'),
          cell: (status) => t(`health.${healthKey(status.healthy)}`),
        },
        { id: 'reason', header: t('detail.reason'), cell: (status) => status.reason ?? '' },
        { id: 'message', header: t('detail.message'), cell: (status) => status.message ?? '' },
      ]}
    />
  );
}

export function healthKey(healthy: boolean | null): 'healthy' | 'unhealthy' | 'unknown' {
  if (healthy === null) return 'unknown';
  return healthy ? 'healthy' : 'unhealthy';
}
