import { useTranslation } from 'react-i18next';
import type { TaskDetail } from '../../../../api/cluster-model';
import './data-table.css';

export function TaskLabels({ labels }: { labels: TaskDetail['labels'] }) {
  const { t } = useTranslation('tasks');
  if (labels.length === 0) return <p>{t('detail.noLabels')}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('detail.labels')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.labelKey')}</th>
          <th scope="col">{t('detail.labelValue')}</th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label, index) => (
          <tr key={`${label.key}-${index}`}>
            <th scope="row">{label.key}</th>
            <td>{label.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
