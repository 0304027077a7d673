import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { Card } from '../../../shared/ui/card';
import { StackedBar } from '../../../shared/ui/stacked-bar';
import { Swatch } from '../../../shared/ui/swatch';
import type { ResourceName } from '../../../shared/resources/resource-names';
import type { ResourceTotal } from '../utils/cluster-totals';
import { formatResource } from '../../../shared/format/format-resource';
import { ResourceBreakdown } from './resource-breakdown';

/** One resource across the cluster: total, and how much of it is used, offered and idle. */
export function ResourceCard({ name, totals }: { name: ResourceName; totals: ResourceTotal }) {
  const { t } = useTranslation('overview');
  const locale = useLocale();
  const { total, used, offered } = totals;
  const idle = Math.max(0, total - used - offered);
  const format = (value: number) => formatResource(name, value, locale);
  const share = (value: number) => formatShare(value, total, locale);
  return (
    <Card title={t(`resources.${name}`)}>
      <StackedBar
        total={total}
        label={t('resources.barLabel', {
          resource: t(`resources.${name}`),
          used: format(used),
          offered: format(offered),
          total: format(total),
        })}
        segments={[
          { key: 'used', value: used, tone: 'used' },
          { key: 'offered', value: offered, tone: 'offered' },
        ]}
      />
      <ResourceBreakdown
        rows={[
          { id: 'total', label: t('resources.total'), value: format(total) },
          {
            id: 'used',
            label: (
              <>
                <Swatch tone="used" />
                {t('resources.used')}
              </>
            ),
            value: format(used),
            share: share(used),
          },
          {
            id: 'offered',
            label: (
              <>
                <Swatch tone="offered" />
                {t('resources.offered')}
              </>
            ),
            value: format(offered),
            share: share(offered),
          },
          { id: 'idle', label: t('resources.idle'), value: format(idle), share: share(idle) },
        ]}
      />
    </Card>
  );
}
