import { useTranslation } from 'react-i18next';
import { StackedBar } from '../../../shared/ui/stacked-bar';
import type { AppHealth } from '../utils/app-health';

/** Healthy / unhealthy / unknown of the running instances; the label states the numbers. */
export function HealthBar({ health }: { health: AppHealth }) {
  const { t } = useTranslation('apps');
  return (
    <StackedBar
      total={health.running}
      label={t('health.bar', { ...health })}
      segments={[
        { key: 'healthy', value: health.healthy, tone: 'good' },
        { key: 'unhealthy', value: health.unhealthy, tone: 'danger' },
        { key: 'unknown', value: health.unknown, tone: 'neutral' },
      ]}
    />
  );
}
