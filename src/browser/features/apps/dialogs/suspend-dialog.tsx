import { useTranslation } from 'react-i18next';
import type { MarathonApp } from '../../../../api/marathon';
import { useUpdateApp } from '../api/update-app';
import { rememberInstances } from '../utils/previous-instances';
import { ActionDialog } from '../../deployments';

/** Suspend = scale to 0; the count before is kept so Resume can return to it. */
export function SuspendDialog({ app, onClose }: { app: MarathonApp; onClose: () => void }) {
  const { t } = useTranslation('apps');
  const update = useUpdateApp();
  const instances = app.instances ?? 1;
  const send = (force: boolean) => {
    update.mutate(
      {
        appId: app.id,
        body: { instances: 0 },
        force,
        description: { kind: 'suspend', appIds: [app.id] },
      },
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
      pending={update.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={update.error}
      onForce={() => send(true)}
    />
  );
}
