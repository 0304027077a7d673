import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNodeLog } from '../api/agent-files-urls';
import { FileViewer } from '../components/file-viewer';
import { useViewerSettings } from '../hooks/use-viewer-settings';
import { SandboxBreadcrumbs } from '../components/sandbox-breadcrumbs';
import { basename } from '../utils/sandbox-paths';
import { PageTitle } from '../../../shared/ui/page-title';

/** `/agents/:agentId/files?path=<file>&follow=1&wrap=1&q=`: one sandbox file in the viewer. */
export function SandboxFileRoute() {
  const { t } = useTranslation('sandbox');
  const agentId = useParams().agentId ?? '';
  const { search, settings, onChange } = useViewerSettings();
  const path = search.get('path') ?? '';
  const name = basename(path);
  return (
    <>
      <PageTitle title={name} />
      <p className="sandbox-agent">{t('agent', { agentId })}</p>
      {path === '' ? (
        <p role="alert">{t('errors.noPath')}</p>
      ) : (
        <>
          {!isNodeLog(path) && <SandboxBreadcrumbs agentId={agentId} path={path} />}
          <FileViewer
            key={`${agentId}\n${path}`}
            host={{ agentId }}
            path={path}
            settings={settings}
            onChange={onChange}
          />
        </>
      )}
    </>
  );
}
