import { useTranslation } from 'react-i18next';
import { FlagsTable } from '../../../shared/ui/flags-table';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useAgentFlags } from '../api/get-agent-flags';

/** The agent's `/flags`, searchable; the search is in the URL (`?flags=`). */
export function AgentFlags({ agentId }: { agentId: string }) {
  const { t } = useTranslation('agents');
  const { data, isPending, error } = useAgentFlags(agentId);
  return (
    <>
      <QueryFeedback isPending={isPending} error={error} hasData={data !== undefined} />
      {data && <FlagsTable caption={t('detail.flags')} flags={data} />}
    </>
  );
}
