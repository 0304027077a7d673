import { useTranslation } from 'react-i18next';
import type { MarathonApp } from '../../../../api/marathon';
import { useRestartApp } from '../api/restart-app';
import { ActionDialog } from '../../deployments';

export function RestartDialog({ app, onClose }: { app: MarathonApp; onClose: () => void }) {
  const { t } = useTranslation('apps');
  const restart = useRestartApp();
  const send = (force: boolean) => restart.mutate({ appId: app.id, force }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('restart.title', { appId: app.id })}
      description={<p>{t('restart.description', { count: app.tasksRunning })}</p>}
      confirmLabel={t('restart.submit')}
      danger
      pending={restart.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={restart.error}
      onForce={() => send(true)}
    />
  );
}
