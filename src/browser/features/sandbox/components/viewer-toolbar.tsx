import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { filesUrl, isNodeLog, type FilesHost } from '../api/agent-files-urls';
import { basename, parentPath } from '../utils/sandbox-paths';
import type { ViewerSettings } from './file-viewer';

/**
 * Follow and wrap toggles, the search (children), and the file's download: a plain link, so
 * the browser streams the file to disk through the proxy and never holds it in the page.
 */
export function ViewerToolbar({
  host,
  path,
  following,
  wrap,
  onChange,
  children,
}: {
  host: FilesHost;
  path: string;
  following: boolean;
  wrap: boolean;
  onChange: (change: Partial<ViewerSettings>) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('sandbox');
  const name = basename(path);
  return (
    <div className="viewer-toolbar" role="group" aria-label={t('viewer.toolbar')}>
      <button
        type="button"
        className="viewer-toolbar__toggle"
        aria-pressed={following}
        onClick={() => onChange({ following: !following })}
      >
        {t('viewer.follow')}
      </button>
      <button
        type="button"
        className="viewer-toolbar__toggle"
        aria-pressed={wrap}
        onClick={() => onChange({ wrap: !wrap })}
      >
        {t('viewer.wrap')}
      </button>
      {children}
      <a
        className="viewer-toolbar__link"
        href={filesUrl(host, 'download', path)}
        download={name}
        aria-label={t('viewer.downloadOf', { name })}
      >
        {t('viewer.download')}
      </a>
      {'agentId' in host && !isNodeLog(path) && (
        <Link
          className="viewer-toolbar__link"
          to={paths.sandboxBrowse.href(host.agentId, parentPath(path))}
        >
          {t('viewer.browseDirectory')}
        </Link>
      )}
    </div>
  );
}
