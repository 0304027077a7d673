import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/format/use-locale';
import type { useRollbackAppVersion } from '../api/update-app';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { ActionDialog } from '../../deployments';

/**
 * Deploys a stored version again as a new version: an app's or a pod's, by the rollback hook
 * given (`useRollbackAppVersion`, `useRollbackPodVersion`; a module-level hook, called once).
 */
export function RollbackVersionDialog({
  id,
  version,
  useRollback,
  onClose,
}: {
  id: string;
  version: string;
  useRollback: typeof useRollbackAppVersion;
  onClose: () => void;
}) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const rollback = useRollback();
  const time = formatIsoTime(version, locale);
  const send = (force: boolean) => rollback.mutate({ id, version, force }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('rollback.title', { appId: id })}
      description={<p>{t('rollback.description', { version: time })}</p>}
      confirmLabel={t('rollback.submit')}
      pending={rollback.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={rollback.error}
      onForce={() => send(true)}
    />
  );
}
