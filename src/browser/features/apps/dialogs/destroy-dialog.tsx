import { useTranslation } from 'react-i18next';
import type { MarathonApp } from '../../../../api/marathon';
import { useDestroyApp } from '../api/destroy-app';
import { forgetInstances } from '../utils/previous-instances';
import { TypeIdDialog } from '../../deployments';

/** Destroying cannot be undone, so the operator types the app id to confirm which app goes. */
export function DestroyDialog({
  app,
  onClose,
  onDestroyed,
}: {
  app: MarathonApp;
  onClose: () => void;
  onDestroyed: () => void;
}) {
  const { t } = useTranslation('apps');
  const destroy = useDestroyApp();
  const send = () =>
    destroy.mutate(
      { appId: app.id },
      {
        onSuccess: () => {
          forgetInstances(app.id);
          onDestroyed();
        },
      },
    );
  return (
    <TypeIdDialog
      id={app.id}
      typeIdLabel={t('destroy.typeId', { appId: app.id })}
      title={t('destroy.title', { appId: app.id })}
      description={<p>{t('destroy.description', { count: app.tasksRunning })}</p>}
      confirmLabel={t('destroy.submit')}
      pending={destroy.isPending}
      onConfirm={send}
      onClose={onClose}
      error={destroy.error}
    />
  );
}
