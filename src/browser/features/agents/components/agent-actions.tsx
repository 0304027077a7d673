import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDetail } from '../../../../api/cluster-model';
import {
  AGENT_DRAINING_SINCE,
  useMesosVersion,
  versionAtLeast,
} from '../../../shared/api/get-mesos-version';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import '../../../shared/ui/button.css';
import { ActionDialog, TypeIdDialog } from '../../deployments';
import { WriteControl } from '../../session';
import { useAgentCall, type AgentCall } from '../api/agent-operator-calls';
import type { AgentMode } from '../api/get-agent-modes';
import { DrainDialog } from '../dialogs/drain-dialog';

/** MARK_AGENT_GONE came with Mesos 1.5. */
const MARK_GONE_SINCE = [1, 5] as const;

const DIALOGS = ['drain', 'deactivate', 'reactivate', 'gone'] as const;
type AgentDialog = (typeof DIALOGS)[number];

const SENT = {
  DRAIN_AGENT: 'drain',
  DEACTIVATE_AGENT: 'deactivate',
  REACTIVATE_AGENT: 'reactivate',
  MARK_AGENT_GONE: 'gone',
} as const satisfies Record<AgentCall['type'], string>;

/**
 * Drain, deactivate, reactivate and mark gone, for operators. The open dialog is in the URL
 * (`?dialog=drain`); the calls need a master that has them, and say why they are missing if not.
 */
export function AgentActions({ agent, mode }: { agent: AgentDetail; mode: AgentMode | undefined }) {
  const { t } = useTranslation('agents');
  const [search, write] = useSearchWriter();
  const version = useMesosVersion().data?.version;
  const call = useAgentCall();
  const [sent, setSent] = useState<AgentCall['type'] | null>(null);
  const dialog = DIALOGS.find((name) => name === search.get('dialog'));
  const open = (name: AgentDialog | null) => {
    call.reset();
    write(
      (next) => {
        if (name) next.set('dialog', name);
        else next.delete('dialog');
        return next;
      },
      { push: name !== null },
    );
  };
  const send = (body: AgentCall) =>
    call.mutate(body, {
      onSuccess: () => {
        setSent(body.type);
        open(null);
      },
    });
  if (version === undefined) return null;
  const draining = versionAtLeast(version, AGENT_DRAINING_SINCE);
  const markGone = versionAtLeast(version, MARK_GONE_SINCE);
  const deactivated = mode?.deactivated === true;
  const stillDraining = mode?.drain?.state === 'DRAINING';
  const common = {
    pending: call.isPending,
    error: call.error ?? undefined,
    onClose: () => open(null),
  };
  const simple = (
    type: 'DEACTIVATE_AGENT' | 'REACTIVATE_AGENT',
    key: 'deactivate' | 'reactivate',
  ) => (
    <ActionDialog
      title={t(`actions.${key}.title`, { hostname: agent.hostname })}
      description={<p>{t(`actions.${key}.description`)}</p>}
      confirmLabel={t(`actions.${key}.submit`)}
      onConfirm={() => send({ type, agentId: agent.id })}
      onForce={() => send({ type, agentId: agent.id })}
      {...common}
    />
  );
  return (
    <WriteControl>
      <div className="agent-actions" role="group" aria-label={t('actions.label')}>
        {draining && !mode?.drain && (
          <button type="button" className="button" onClick={() => open('drain')}>
            {t('actions.drain.open')}
          </button>
        )}
        {draining && !deactivated && (
          <button type="button" className="button" onClick={() => open('deactivate')}>
            {t('actions.deactivate.open')}
          </button>
        )}
        {draining && deactivated && !stillDraining && (
          <button type="button" className="button" onClick={() => open('reactivate')}>
            {t('actions.reactivate.open')}
          </button>
        )}
        {markGone && (
          <button type="button" className="button button--danger" onClick={() => open('gone')}>
            {t('actions.gone.open')}
          </button>
        )}
      </div>
      {!draining && <p>{t('actions.needsNewerMesos', { version })}</p>}
      {sent && <p role="status">{t(`actions.sent.${SENT[sent]}`, { hostname: agent.hostname })}</p>}
      {dialog === 'drain' && draining && (
        <DrainDialog
          agentId={agent.id}
          hostname={agent.hostname}
          taskCount={agent.taskCounts.active}
          onSend={send}
          {...common}
        />
      )}
      {dialog === 'deactivate' && draining && simple('DEACTIVATE_AGENT', 'deactivate')}
      {dialog === 'reactivate' && draining && simple('REACTIVATE_AGENT', 'reactivate')}
      {dialog === 'gone' && markGone && (
        <TypeIdDialog
          id={agent.id}
          typeIdLabel={t('actions.gone.typeId', { agentId: agent.id })}
          title={t('actions.gone.title', { hostname: agent.hostname })}
          description={<p>{t('actions.gone.description', { count: agent.taskCounts.active })}</p>}
          confirmLabel={t('actions.gone.submit')}
          onConfirm={() => send({ type: 'MARK_AGENT_GONE', agentId: agent.id })}
          {...common}
        />
      )}
    </WriteControl>
  );
}
