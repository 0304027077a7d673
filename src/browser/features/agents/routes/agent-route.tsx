import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { AgentAllocationChart } from '../../charts/components/agent-allocation-chart';
import { useAgent } from '../api/get-agent';
import { AgentExecutors } from '../components/agent-executors';
import { AgentFrameworks } from '../components/agent-frameworks';
import { AgentResources } from '../components/agent-resources';
import { AgentSummary } from '../components/agent-summary';
import { AgentTasks } from '../components/agent-tasks';
import './agent-route.css';

/** `/agents/:agentId`: one agent's resources over time, frameworks, executors and tasks. */
export function AgentRoute() {
  const { agentId = '' } = useParams();
  const { t } = useTranslation('agents');
  const { t: tCommon } = useTranslation();
  const { data: agent, isPending, error } = useAgent(agentId);
  const name = agent?.hostname ?? agentId;
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('detail.title', { name }) })}</title>
      <p className="agent-route__back">
        <Link to={paths.agents.href()}>{t('detail.back')}</Link>
      </p>
      <h1 className="agent-route__title">{t('detail.title', { name })}</h1>
      <QueryFeedback isPending={isPending} error={error} hasData={Boolean(agent)} />
      {agent && (
        <div className="agent-route__sections">
          <Card title={t('detail.overview')}>
            <AgentSummary agent={agent} />
          </Card>
          <Card title={t('detail.resources')}>
            <AgentResources agent={agent} />
            <AgentAllocationChart agentId={agent.id} />
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
        </div>
      )}
    </>
  );
}
