import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../../deployments';
import type { AgentCall } from '../api/agent-operator-calls';

/** A whole number of seconds, or empty for "each task's own grace period". */
export function parseGracePeriod(text: string): { seconds: number | null } | { invalid: true } {
  const trimmed = text.trim();
  if (trimmed === '') return { seconds: null };
  return /^\d{1,9}$/.test(trimmed) ? { seconds: Number(trimmed) } : { invalid: true };
}

export function DrainDialog({
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
  const graceId = useId();
  const graceHintId = useId();
  const graceErrorId = useId();
  const [grace, setGrace] = useState('');
  const [markGone, setMarkGone] = useState(false);
  const parsed = parseGracePeriod(grace);
  const invalid = 'invalid' in parsed;
  const send = () => {
    if ('invalid' in parsed) return;
    onSend({ type: 'DRAIN_AGENT', agentId, maxGracePeriodSeconds: parsed.seconds, markGone });
  };
  return (
    <ActionDialog
      title={t('actions.drain.title', { hostname })}
      description={
        <>
          <p>{t('actions.drain.description', { count: taskCount })}</p>
          <p>{t('actions.drain.progress')}</p>
        </>
      }
      confirmLabel={t('actions.drain.submit')}
      danger
      confirmDisabled={invalid}
      pending={pending}
      onConfirm={send}
      onClose={onClose}
      error={error}
      onForce={send}
    >
      <div className="action-dialog__field">
        <label htmlFor={graceId}>{t('actions.drain.grace')}</label>
        <input
          id={graceId}
          className="control"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={grace}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${graceHintId} ${graceErrorId}` : graceHintId}
          onChange={(event) => setGrace(event.target.value)}
        />
        <span id={graceHintId}>{t('actions.drain.graceHint')}</span>
        {invalid && (
          <p id={graceErrorId} className="action-dialog__invalid" role="alert">
            {t('actions.drain.graceInvalid', { value: grace })}
          </p>
        )}
      </div>
      <div className="action-dialog__field">
        <label>
          <input
            type="checkbox"
            checked={markGone}
            onChange={(event) => setMarkGone(event.target.checked)}
          />{' '}
          {t('actions.drain.markGone')}
        </label>
        {markGone && <p className="action-dialog__warning">{t('actions.drain.markGoneWarning')}</p>}
      </div>
    </ActionDialog>
  );
}
