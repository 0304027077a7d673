import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { LoadingNotice } from '../../../shared/ui/loading-notice';
import { useFreshAgentState } from '../../../shared/api/get-agent-state';
import { SandboxError } from '../components/sandbox-error';
import type { TaskSandboxQuery } from '../utils/sandbox-paths';
import { findTaskSandbox, joinPath, virtualSandboxPath } from '../utils/sandbox-paths';

function destination(agentId: string, directory: string, file: string | null): string {
  return file
    ? paths.sandboxFile.href(agentId, joinPath(directory, file), { follow: true })
    : paths.sandboxBrowse.href(agentId, directory);
}

/**
 * `/agents/:agentId/sandbox?framework=&task=&executor=&file=`: finds the task's sandbox in the
 * agent's own state (running or completed), falling back to the 1.5+ virtual path, and replaces
 * itself with the browser (or the viewer of `file`, following).
 */
export function TaskSandboxRoute() {
  const { t } = useTranslation('sandbox');
  const agentId = useParams().agentId ?? '';
  const [search] = useSearchParams();
  const frameworkId = search.get('framework') ?? '';
  const taskId = search.get('task') ?? '';
  const executorId = search.get('executor');
  const query: TaskSandboxQuery = {
    frameworkId,
    taskId,
    ...(executorId !== null && { executorId }),
  };
  return (
    <>
      <h1>{t('resolve.title', { taskId })}</h1>
      {frameworkId === '' || taskId === '' ? (
        <p role="alert">{t('resolve.incomplete')}</p>
      ) : (
        <ResolveSandbox agentId={agentId} query={query} file={search.get('file')} />
      )}
    </>
  );
}

function ResolveSandbox({
  agentId,
  query,
  file,
}: {
  agentId: string;
  query: TaskSandboxQuery;
  file: string | null;
}) {
  const { t } = useTranslation('sandbox');
  const state = useFreshAgentState(agentId);
  const virtual = virtualSandboxPath(query);
  if (state.isFetchedAfterMount && state.data && !state.error) {
    const directory = findTaskSandbox(state.data, query) ?? virtual;
    return <Navigate replace to={destination(agentId, directory, file)} />;
  }
  if (state.error) {
    return (
      <>
        <SandboxError error={state.error} host={{ agentId }} path={virtual} />
        <Link to={destination(agentId, virtual, file)}>{t('resolve.tryVirtual')}</Link>
      </>
    );
  }
  return (
    <>
      <p className="visually-hidden" role="status">
        {t('resolve.finding', { agentId, taskId: query.taskId })}
      </p>
      <LoadingNotice />
    </>
  );
}
