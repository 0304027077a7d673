import { CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from '../../../shared/format/use-locale';
import { formatTime } from '../../../shared/format/format-time';
import { formatClock } from '../utils/format-clock';

const TICK = { fill: 'currentColor', fontSize: 11 };
const TOOLTIP_STYLE = {
  background: 'var(--surface-raised)',
  border: '1px solid var(--border)',
  borderRadius: 'var(--radius)',
  color: 'var(--text)',
};

/** Time on x, `formatValue` on y, and a tooltip naming each series by `seriesLabel`. */
export function TimeAxes({
  formatValue,
  seriesLabel,
}: {
  formatValue: (value: number) => string;
  seriesLabel: (dataKey: string) => string;
}) {
  const locale = useLocale();
  return (
    <>
      <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.2} />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={(value: number) => formatClock(value, locale)}
        tick={TICK}
        stroke="currentColor"
        minTickGap={40}
      />
      <YAxis width={68} tickFormatter={formatValue} tick={TICK} stroke="currentColor" />
      <Tooltip
        isAnimationActive={false}
        contentStyle={TOOLTIP_STYLE}
        labelFormatter={(label) => formatTime(Number(label), locale)}
        formatter={(value, name) => [formatValue(Number(value)), seriesLabel(String(name))]}
      />
    </>
  );
}
