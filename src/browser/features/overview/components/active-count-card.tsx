import { useLocale } from '../../../shared/format/use-locale';
import { formatNumber } from '../../../shared/format/format-number';
import { Card } from '../../../shared/ui/card';
import { StatList } from '../../../shared/ui/stat-list';
import type { ActiveCount } from '../utils/cluster-totals';

/** Active / inactive counts of agents or frameworks. */
export function ActiveCountCard({
  title,
  count,
  labels,
}: {
  title: string;
  count: ActiveCount;
  labels: { active: string; inactive: string };
}) {
  const locale = useLocale();
  return (
    <Card title={title}>
      <StatList
        stats={[
          { id: 'active', label: labels.active, value: formatNumber(count.active, locale) },
          { id: 'inactive', label: labels.inactive, value: formatNumber(count.inactive, locale) },
        ]}
      />
    </Card>
  );
}
