import { useTranslation } from 'react-i18next';
import { Badge } from '../../../shared/ui/badge';
import { useClusterStatus } from '../api/get-cluster-status';

/** Tells operators they are looking at Stadium's built-in cluster, not a real one. */
export function SimulatedBadge() {
  const { t } = useTranslation('cluster-status');
  const { data } = useClusterStatus();
  if (!data?.simulated) return null;
  return <Badge title={t('simulatedHint')}>{t('simulated')}</Badge>;
}
