import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClusterSummary } from '../../../shared/api/get-cluster-summary';
import { paths } from '../../../shared/paths';
import { Card } from '../../../shared/ui/card';
import { FlagsTable } from '../../../shared/ui/flags-table';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useClusterStatus } from '../../cluster-status';
import { useMasterFlags } from '../api/get-master-flags';
import { AgentFlagsPicker } from '../components/agent-flags-picker';
import { MastersTable } from '../components/masters-table';

/**
 * `/masters?flags=<search>&agent=<id>&agentFlags=<search>`: every master with leader/standby,
 * reachability, version, build, start and election, and the way to each one's log; the leading
 * master's flags, and any agent's.
 */
export function MastersRoute() {
  const { t } = useTranslation('masters');
  const status = useClusterStatus();
  const flags = useMasterFlags();
  const mesos = status.data?.mesos;
  // The master's own elected_time; before the model has it, when Stadium saw the change.
  const electedTime = useClusterSummary().data?.electedTime ?? mesos?.leaderSince ?? null;
  return (
    <>
      <PageTitle title={t('title')} />
      <Card title={t('table.caption')}>
        <QueryFeedback isPending={status.isPending} error={status.error} hasData={Boolean(mesos)} />
        {mesos && <MastersTable nodes={mesos.nodes} leaderSince={electedTime} />}
        {mesos?.problem && <p role="alert">{mesos.problem}</p>}
        <p>
          <Link to={paths.masterLog.href({ follow: '1' })}>{t('log.open')}</Link>
        </p>
      </Card>
      <Card title={t('flags.title')}>
        <QueryFeedback
          isPending={flags.isPending}
          error={flags.error}
          hasData={Boolean(flags.data)}
        />
        {flags.data && <FlagsTable caption={t('flags.title')} flags={flags.data} />}
      </Card>
      <Card title={t('agentFlags.title')}>
        <AgentFlagsPicker />
      </Card>
    </>
  );
}
