import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FileViewer, type ViewerSettings } from '../components/file-viewer';
import { SandboxBreadcrumbs } from '../components/sandbox-breadcrumbs';
import { basename } from '../utils/sandbox-paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { useSearchWriter } from '../../../shared/url/use-search-writer';

/** `/agents/:agentId/files?path=<file>&follow=1&wrap=1&q=`: one sandbox file in the viewer. */
export function SandboxFileRoute() {
  const { t } = useTranslation('sandbox');
  const agentId = useParams().agentId ?? '';
  const [search, write] = useSearchWriter();
  const path = search.get('path') ?? '';
  const settings: ViewerSettings = {
    following: search.get('follow') === '1',
    wrap: search.get('wrap') === '1',
    query: search.get('q') ?? '',
  };
  const onChange = (change: Partial<ViewerSettings>) =>
    write((next) => {
      const flag = (key: string, on: boolean | undefined) => {
        if (on === undefined) return;
        if (on) next.set(key, '1');
        else next.delete(key);
      };
      flag('follow', change.following);
      flag('wrap', change.wrap);
      if (change.query !== undefined) {
        if (change.query) next.set('q', change.query);
        else next.delete('q');
      }
      return next;
    });
  const name = basename(path);
  return (
    <>
      <PageTitle title={name} />
      <p className="sandbox-agent">{t('agent', { agentId })}</p>
      {path === '' ? (
        <p role="alert">{t('errors.noPath')}</p>
      ) : (
        <>
          <SandboxBreadcrumbs agentId={agentId} path={path} />
          <FileViewer
            key={`${agentId}\n${path}`}
            agentId={agentId}
            path={path}
            settings={settings}
            onChange={onChange}
          />
        </>
      )}
    </>
  );
}
