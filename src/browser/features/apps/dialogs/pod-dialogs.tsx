import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarathonPodStatus } from '../../../../api/marathon';
import { ActionDialog, IdField } from '../../deployments';
import { useDestroyPod } from '../api/destroy-pod';
import { useKillPodInstance } from '../api/kill-pod-instance';
import { useRestartPod } from '../api/update-pod';

export function PodRestartDialog({
  pod,
  onClose,
}: {
  pod: MarathonPodStatus;
  onClose: () => void;
}) {
  const { t } = useTranslation('apps');
  const restart = useRestartPod();
  const send = (force: boolean) =>
    restart.mutate({ podId: pod.id, pod: pod.spec, force }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('pods.restartTitle', { podId: pod.id })}
      description={<p>{t('pods.restartDescription')}</p>}
      confirmLabel={t('actions.restart')}
      pending={restart.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={restart.error}
      onForce={() => send(true)}
    />
  );
}

/** Type the pod id to confirm, as for apps. */
export function PodDestroyDialog({
  pod,
  onClose,
  onDestroyed,
}: {
  pod: MarathonPodStatus;
  onClose: () => void;
  onDestroyed: () => void;
}) {
  const { t } = useTranslation('apps');
  const [typed, setTyped] = useState('');
  const destroy = useDestroyPod();
  const send = (force: boolean) =>
    destroy.mutate({ podId: pod.id, force }, { onSuccess: onDestroyed });
  return (
    <ActionDialog
      title={t('destroy.title', { appId: pod.id })}
      description={<p>{t('pods.destroyDescription', { count: pod.instances?.length ?? 0 })}</p>}
      confirmLabel={t('destroy.submit')}
      danger
      confirmDisabled={typed.trim() !== pod.id}
      pending={destroy.isPending}
      onConfirm={() => send(false)}
      onClose={onClose}
      error={destroy.error}
      onForce={() => send(true)}
    >
      <IdField label={t('pods.typeId', { podId: pod.id })} value={typed} onChange={setTyped} />
    </ActionDialog>
  );
}

/**
 * Kill one instance; Marathon launches a replacement. "Wipe" also destroys its persistent
 * volumes and reservations, so a resident instance starts afresh (possibly on another agent).
 */
export function PodKillInstanceDialog({
  pod,
  instanceId,
  onClose,
}: {
  pod: MarathonPodStatus;
  instanceId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('apps');
  const wipeId = useId();
  const [wipe, setWipe] = useState(false);
  const kill = useKillPodInstance();
  const send = () => kill.mutate({ podId: pod.id, instanceId, wipe }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('pods.killTitle', { instanceId })}
      description={<p>{t('pods.killDescription')}</p>}
      confirmLabel={t(wipe ? 'pods.killAndWipe' : 'pods.killInstance')}
      danger
      pending={kill.isPending}
      onConfirm={send}
      onClose={onClose}
      error={kill.error}
      onForce={send}
    >
      <div className="action-dialog__field action-dialog__field--check">
        <input
          id={wipeId}
          type="checkbox"
          checked={wipe}
          onChange={(event) => setWipe(event.target.checked)}
        />
        <label htmlFor={wipeId}>{t('pods.wipe')}</label>
      </div>
    </ActionDialog>
  );
}
