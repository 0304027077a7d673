import { useTranslation } from 'react-i18next';
import type { MarathonDeployment } from '../../../../api/marathon';
import { ActionDialog } from './action-dialog';
import { useCancelDeployment } from '../api/delete-deployment';

/**
 * Rollback (DELETE) or Stop without rollback (DELETE ?force=true), each with what it does to the
 * apps spelled out: the two look alike and end very differently.
 */
export function CancelDeploymentDialog({
  deploymentId,
  deployment,
  force,
  onClose,
}: {
  deploymentId: string;
  /** Undefined once Marathon no longer lists it (it finished, or someone else ended it). */
  deployment: MarathonDeployment | undefined;
  force: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('deployments');
  const cancel = useCancelDeployment();
  const mode = force ? 'stop' : 'rollback';
  const affectedApps = deployment?.affectedApps ?? [];
  const apps = affectedApps.join(', ');
  const send = () => cancel.mutate({ deploymentId, affectedApps, force }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t(`${mode}.title`, { id: deploymentId })}
      description={
        <p>
          {deployment ? t(`${mode}.description`, { apps }) : t('notRunning', { id: deploymentId })}
        </p>
      }
      confirmLabel={t(`${mode}.submit`)}
      confirmDisabled={!deployment}
      danger={force}
      pending={cancel.isPending}
      onConfirm={send}
      onClose={onClose}
      error={cancel.error}
      onForce={send}
    />
  );
}
