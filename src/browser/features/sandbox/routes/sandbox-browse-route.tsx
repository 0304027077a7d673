import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LoadingNotice } from '../../../shared/ui/loading-notice';
import { useBrowseFiles } from '../api/browse-files';
import { SandboxBreadcrumbs } from '../components/sandbox-breadcrumbs';
import { SandboxError } from '../components/sandbox-error';
import { SandboxFileTable } from '../components/sandbox-file-table';
import { basename } from '../utils/sandbox-paths';

/** `/agents/:agentId/browse?path=<dir>`: one directory of an agent's sandboxes. */
export function SandboxBrowseRoute() {
  const { t } = useTranslation('sandbox');
  const { t: tCommon } = useTranslation();
  const agentId = useParams().agentId ?? '';
  const path = useSearchParams()[0].get('path') ?? '';
  return (
    <>
      <title>{tCommon('pageTitle', { page: `${basename(path)} · ${t('browse.title')}` })}</title>
      <h1>{t('browse.title')}</h1>
      <p className="sandbox-agent">{t('agent', { agentId })}</p>
      {path === '' ? (
        <p role="alert">{t('errors.noPath')}</p>
      ) : (
        <DirectoryListing agentId={agentId} path={path} />
      )}
    </>
  );
}

function DirectoryListing({ agentId, path }: { agentId: string; path: string }) {
  const listing = useBrowseFiles(agentId, path);
  return (
    <>
      <SandboxBreadcrumbs agentId={agentId} path={path} />
      {listing.error ? <SandboxError error={listing.error} host={{ agentId }} path={path} /> : null}
      {listing.isPending && <LoadingNotice />}
      {listing.data && <SandboxFileTable agentId={agentId} path={path} entries={listing.data} />}
    </>
  );
}
