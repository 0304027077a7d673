import { useTranslation } from 'react-i18next';
import { Area, AreaChart } from 'recharts';
import { useLocale } from '../../../shared/format/use-locale';
import type { ResourceName } from '../../../shared/resources/resource-names';
import { formatResource } from '../../../shared/format/format-resource';
import { summarizeUsage, type UsagePoint } from '../utils/chart-series';
import { ChartFrame } from './chart-frame';
import { TimeAxes } from './time-axes';

/** One resource over time: allocated as an area under the total's line. */
export function ResourceHistoryChart({
  name,
  points,
}: {
  name: ResourceName;
  points: UsagePoint[];
}) {
  const { t } = useTranslation('charts');
  const { t: tOverview } = useTranslation('overview');
  const locale = useLocale();
  const format = (value: number) => formatResource(name, value, locale);
  const summary = summarizeUsage(points);
  const seriesLabel = (key: string) => t(key === 'used' ? 'allocated' : 'total');
  return (
    <ChartFrame
      title={tOverview(`resources.${name}`)}
      summary={
        summary
          ? t('usageSummary', {
              used: format(summary.used),
              total: format(summary.total),
              peak: format(summary.peak),
            })
          : t('noSamples')
      }
      legend={[
        { key: 'used', label: t('allocated'), tone: 'used' },
        { key: 'total', label: t('total'), tone: 'neutral' },
      ]}
    >
      {/* The drawing is hidden from assistive technology (the caption says it): no focus stop in it. */}
      <AreaChart
        data={points}
        margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <TimeAxes formatValue={format} seriesLabel={seriesLabel} />
        <Area
          className="chart-series--total"
          dataKey="total"
          type="stepAfter"
          stroke="currentColor"
          strokeDasharray="4 3"
          fill="none"
          isAnimationActive={false}
        />
        <Area
          className="chart-series--used"
          dataKey="used"
          type="monotone"
          stroke="currentColor"
          fill="currentColor"
          fillOpacity={0.25}
          isAnimationActive={false}
        />
      </AreaChart>
    </ChartFrame>
  );
}
