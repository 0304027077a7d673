import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../../deployments';
import type { AgentCall } from '../api/agent-operator-calls';

/** Marking an agent gone cannot be undone, so the operator types its id to confirm which one. */
export function MarkGoneDialog({
  agentId,
  hostname,
  taskCount,
  pending,
  error,
  onSend,
  onClose,
}: {
  agentId: string;
  hostname: string;
  taskCount: number;
  pending: boolean;
  error: unknown;
  onSend: (call: AgentCall) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('agents');
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const send = () => onSend({ type: 'MARK_AGENT_GONE', agentId });
  return (
    <ActionDialog
      title={t('actions.gone.title', { hostname })}
      description={<p>{t('actions.gone.description', { count: taskCount })}</p>}
      confirmLabel={t('actions.gone.submit')}
      danger
      confirmDisabled={typed.trim() !== agentId}
      pending={pending}
      onConfirm={send}
      onClose={onClose}
      error={error}
      onForce={send}
    >
      <div className="action-dialog__field">
        <label htmlFor={inputId}>{t('actions.gone.typeId', { agentId })}</label>
        <input
          id={inputId}
          className="control"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
    </ActionDialog>
  );
}
