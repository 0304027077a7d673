import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/format/use-locale';
import { StackedBar } from '../../../shared/ui/stacked-bar';
import type { ResourceName } from '../../../shared/resources/resource-names';
import { formatResource } from '../../../shared/format/format-resource';
import './resource-usage.css';

/** Used of total for one resource: a bar and the numbers beside it. */
export function ResourceUsage({
  name,
  used,
  total,
}: {
  name: ResourceName;
  used: number;
  total: number;
}) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  const text = t('usage', {
    used: formatResource(name, used, locale),
    total: formatResource(name, total, locale),
  });
  return (
    <span className="resource-usage">
      <span className="resource-usage__bar">
        <StackedBar total={total} segments={[{ key: 'used', value: used, tone: 'used' }]} />
      </span>
      <span className="resource-usage__text">{text}</span>
    </span>
  );
}
