import { useTranslation } from 'react-i18next';
import { Area, AreaChart } from 'recharts';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import type { BarTone } from '../../../shared/ui/stacked-bar';
import { LIVE_TASK_STATES, type TaskStatePoint } from '../utils/chart-series';
import { ChartFrame } from './chart-frame';
import { TimeAxes } from './time-axes';

type LiveState = (typeof LIVE_TASK_STATES)[number];

const TONE: Record<LiveState, BarTone> = {
  running: 'good',
  staging: 'warning',
  starting: 'offered',
  killing: 'neutral',
  unreachable: 'danger',
};

/** Live tasks per state over time, stacked so the top edge is every live task. */
export function TaskStatesChart({ points }: { points: TaskStatePoint[] }) {
  const { t } = useTranslation('charts');
  const locale = useLocale();
  const format = (value: number) => formatNumber(value, locale);
  const last = points.at(-1);
  const seriesLabel = (key: string) => t(`taskStates.${key as LiveState}`);
  return (
    <ChartFrame
      title={t('taskStatesTitle')}
      summary={
        last
          ? t('taskStatesSummary', {
              states: LIVE_TASK_STATES.map((state) =>
                t('taskStateCount', { state: seriesLabel(state), count: format(last[state]) }),
              ).join(t('listSeparator')),
            })
          : t('noSamples')
      }
      legend={LIVE_TASK_STATES.map((state) => ({
        key: state,
        label: seriesLabel(state),
        tone: TONE[state],
      }))}
    >
      {/* The drawing is hidden from assistive technology (the caption says it): no focus stop in it. */}
      <AreaChart
        data={points}
        margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <TimeAxes formatValue={format} seriesLabel={seriesLabel} />
        {LIVE_TASK_STATES.map((state) => (
          <Area
            key={state}
            className={`chart-series--${TONE[state]}`}
            dataKey={state}
            stackId="tasks"
            type="monotone"
            stroke="currentColor"
            fill="currentColor"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
