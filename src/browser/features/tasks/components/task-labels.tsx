import { useTranslation } from 'react-i18next';
import type { TaskDetail } from '../../../../api/cluster-model';
import { DataTable } from '../../../shared/ui/data-table';

type Label = TaskDetail['labels'][number];

export function TaskLabels({ labels }: { labels: TaskDetail['labels'] }) {
  const { t } = useTranslation('tasks');
  return (
    <DataTable<Label>
      caption={t('detail.labels')}
      empty={t('detail.noLabels')}
      rows={labels}
      rowKey={(label, index) => `${label.key}-${index}`}
      columns={[
        { id: 'key', header: t('detail.labelKey'), cell: (label) => label.key },
        { id: 'value', header: t('detail.labelValue'), cell: (label) => label.value },
      ]}
    />
  );
}
