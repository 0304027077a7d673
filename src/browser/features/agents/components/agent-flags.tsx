import { useTranslation } from 'react-i18next';
import { FlagsTable } from '../../../shared/ui/flags-table';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useAgentFlags } from '../api/get-agent-flags';

/**
 * The agent's `/flags`, searchable; the search is in the URL (`?flags=`, or the table's `param`
 * on a page with another flags table).
 */
export function AgentFlags({
  agentId,
  caption,
  ...table
}: {
  agentId: string;
  caption?: string;
  param?: string;
  searchLabel?: string;
}) {
  const { t } = useTranslation('agents');
  const { data, isPending, error } = useAgentFlags(agentId);
  return (
    <>
      <QueryFeedback isPending={isPending} error={error} hasData={data !== undefined} />
      {data && <FlagsTable caption={caption ?? t('detail.flags')} flags={data} {...table} />}
    </>
  );
}
