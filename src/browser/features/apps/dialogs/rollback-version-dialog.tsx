import { useTranslation } from 'react-i18next';
import type { MarathonApp } from '../../../../api/marathon';
import { useLocale } from '../../../shared/format/use-locale';
import { useRollbackAppVersion } from '../api/update-app';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import { ActionDialog } from '../../deployments';

/** PUT {version}: Marathon deploys the stored definition again as a new version. */
export function RollbackVersionDialog({
  app,
  version,
  onClose,
}: {
  app: MarathonApp;
  version: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const rollback = useRollbackAppVersion();
  const time = formatIsoTime(version, locale);
  const send = (force: boolean) =>
    rollback.mutate({ appId: app.id, version, force }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('rollback.title', { appId: app.id })}
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
