import { useTranslation } from 'react-i18next';
import type { OperatorApi } from '../../../shared/api/get-mesos-version';
import { ActionDialog } from '../../deployments';
import { useMaintenanceWrite } from '../api/update-maintenance';
import { describeMachine, type MachineRow, type ScheduledWindow } from '../utils/machines';

const names = (window: ScheduledWindow) => window.machines.map(describeMachine).join(', ');

/** Remove one window: the rest of the schedule, as the master has it now, stays. */
export function RemoveWindowDialog({
  window,
  api,
  onClose,
}: {
  window: ScheduledWindow;
  api: OperatorApi;
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const write = useMaintenanceWrite(api);
  const send = () => write.mutate({ kind: 'remove', window }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t('removeDialog.title', { machines: names(window) })}
      description={<p>{t('removeDialog.description', { machines: names(window) })}</p>}
      confirmLabel={t('removeDialog.submit')}
      danger
      pending={write.isPending}
      onConfirm={send}
      onClose={onClose}
      error={write.error}
      onForce={send}
    />
  );
}

/** Take a draining machine down (`start`) or bring a down machine back up (`stop`). */
export function MachineModeDialog({
  kind,
  machine,
  api,
  onClose,
}: {
  kind: 'start' | 'stop';
  machine: MachineRow;
  api: OperatorApi;
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const write = useMaintenanceWrite(api);
  const name = describeMachine(machine.id);
  const agents = machine.agents.map((agent) => agent.id).join(', ') || t('none');
  const send = () => write.mutate({ kind, machines: [machine.id] }, { onSuccess: onClose });
  return (
    <ActionDialog
      title={t(`${kind}Dialog.title`, { machine: name })}
      description={<p>{t(`${kind}Dialog.description`, { machine: name, agents })}</p>}
      confirmLabel={t(`${kind}Dialog.submit`)}
      danger={kind === 'start'}
      pending={write.isPending}
      onConfirm={send}
      onClose={onClose}
      error={write.error}
      onForce={send}
    />
  );
}
