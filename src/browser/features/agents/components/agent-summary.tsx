import { useTranslation } from 'react-i18next';
import type { AgentDetail } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { StatList } from '../../../shared/ui/stat-list';
import { formatTime } from '../../../shared/format/format-time';
import type { AgentMode } from '../api/get-agent-modes';
import { agentModeKey } from '../utils/agent-mode';
import { formatAttributes } from '../utils/format-attributes';

export function AgentSummary({ agent, mode }: { agent: AgentDetail; mode: AgentMode | undefined }) {
  const { t } = useTranslation('agents');
  const locale = useLocale();
  const place = [agent.region, agent.zone].filter((part) => part !== null).join(' / ');
  return (
    <StatList
      layout="details"
      stats={[
        { id: 'id', label: t('columns.id'), value: agent.id },
        { id: 'address', label: t('detail.address'), value: agent.address },
        {
          id: 'active',
          label: t('columns.active'),
          value: t(`mode.${agentModeKey(agent.active, mode)}`),
        },
        ...(mode?.drain
          ? [
              {
                id: 'drain',
                label: t('detail.drainConfig'),
                value: t(mode.drain.markGone ? 'detail.drainMarkGone' : 'detail.drainKeep', {
                  grace:
                    mode.drain.maxGracePeriodSeconds === null
                      ? t('detail.drainOwnGrace')
                      : t('detail.drainGrace', { seconds: mode.drain.maxGracePeriodSeconds }),
                }),
              },
            ]
          : []),
        { id: 'version', label: t('detail.version'), value: agent.version ?? '—' },
        {
          id: 'registered',
          label: t('columns.registered'),
          value: formatTime(agent.registeredTime, locale),
        },
        {
          id: 'reregistered',
          label: t('detail.reregistered'),
          value: formatTime(agent.reregisteredTime, locale),
        },
        { id: 'domain', label: t('detail.domain'), value: place || '—' },
        {
          id: 'attributes',
          label: t('columns.attributes'),
          value: formatAttributes(agent.attributes) || '—',
        },
        {
          id: 'tasks',
          label: t('detail.taskCounts'),
          value: t('detail.taskCountsValue', {
            active: formatNumber(agent.taskCounts.active, locale),
            unreachable: formatNumber(agent.taskCounts.unreachable, locale),
            completed: formatNumber(agent.taskCounts.completed, locale),
          }),
        },
      ]}
    />
  );
}
