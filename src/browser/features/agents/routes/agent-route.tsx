import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { DetailPage } from '../../../shared/ui/detail-page';
import { AgentAllocationChart } from '../../charts';
import { useAgent } from '../api/get-agent';
import { AGENT_LOG_PATH } from '../../sandbox';
import { useAgentModes } from '../api/get-agent-modes';
import { AgentActions } from '../components/agent-actions';
import { AgentExecutors } from '../components/agent-executors';
import { AgentFlags } from '../components/agent-flags';
import { AgentReserved } from '../components/agent-reserved';
import { AgentUsage } from '../components/agent-usage';
import { AgentFrameworks } from '../components/agent-frameworks';
import { AgentResources } from '../components/agent-resources';
import { AgentSummary } from '../components/agent-summary';
import { AgentTasks } from '../components/agent-tasks';

/**
 * `/agents/:agentId`: one agent's state and operator actions, resources over time and in use
 * now, reservations, frameworks, executors, tasks, flags and a link to its log.
 */
export function AgentRoute() {
  const { agentId = '' } = useParams();
  const { t } = useTranslation('agents');
  const { data: agent, isPending, error } = useAgent(agentId);
  const mode = useAgentModes().data?.[agentId];
  return (
    <DetailPage
      title={t('detail.title', { name: agent?.hostname ?? agentId })}
      back={{ href: paths.agents.href(), text: t('detail.back') }}
      query={{ isPending, error, hasData: Boolean(agent) }}
    >
      {agent && (
        <>
          <Card title={t('detail.overview')}>
            <AgentSummary agent={agent} mode={mode} />
            <AgentActions agent={agent} mode={mode} />
            <p>
              <Link to={paths.sandboxFile.href(agent.id, AGENT_LOG_PATH, { follow: true })}>
                {t('detail.log')}
              </Link>
            </p>
          </Card>
          <Card title={t('detail.resources')}>
            <AgentResources agent={agent} />
            <AgentAllocationChart agentId={agent.id} />
          </Card>
          <Card title={t('detail.usage')}>
            <AgentUsage agentId={agent.id} />
          </Card>
          <Card title={t('detail.reserved')}>
            <AgentReserved reserved={agent.reserved} />
          </Card>
          <Card title={t('detail.tasks')}>
            <AgentTasks tasks={agent.tasks} />
            <p>
              <Link to={paths.tasks.href({ agent: agent.id })}>{t('detail.allTasks')}</Link>
            </p>
          </Card>
          <Card title={t('detail.frameworks')}>
            <AgentFrameworks frameworks={agent.frameworks} />
          </Card>
          <Card title={t('detail.executors')}>
            <AgentExecutors agentId={agent.id} />
          </Card>
          <Card title={t('detail.flags')}>
            <AgentFlags agentId={agent.id} />
          </Card>
        </>
      )}
    </DetailPage>
  );
}
