import { useTranslation } from 'react-i18next';
import type { MarathonApp } from '../../../../api/marathon';
import { useSuspendApp } from '../api/update-app';
import { rememberInstances } from '../utils/previous-instances';
import { ActionDialog } from '../../deployments';

/** Suspend = scale to 0; the count before is kept so Resume can return to it. */
export function SuspendDialog({ app, onClose }: { app: MarathonApp; onClose: () => void }) {
  const { t } = useTranslation('apps');
  const suspend = useSuspendApp();
  const instances = app.instances ?? 1;
  const send = (force: boolean) => {
    suspend.mutate(
      { appId: app.id, force },
      {
        onSuccess: () => {
          if (instances > 0) rememberInstances(app.id, instances);
          onClose();
        },
      },
    );
  };
  return (
    <ActionDialog
      title={t('suspend.title', { appId: app.id })}
      description={<p>{t('suspend.description', { count: instances })}</p>}
      confirmLabel={t('suspend.submit')}
      danger
      pending={suspend.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={suspend.error}
      onForce={() => send(true)}
    />
  );
}
