import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { FileViewer, MASTER_LOG_PATH, useViewerSettings } from '../../sandbox';

/**
 * `/masters/log?node=<host:port>&follow=1&wrap=1&q=`: a master's own log in the sandbox log
 * viewer; the leading master's without `node`, otherwise that master's (standbys too).
 */
export function MasterLogRoute() {
  const { t } = useTranslation('masters');
  const { settings, onChange } = useViewerSettings();
  const [search] = useSearchWriter();
  const node = search.get('node') ?? undefined;
  return (
    <>
      <PageTitle title={node === undefined ? t('log.title') : t('log.nodeTitle', { node })} />
      <p>
        <Link to={paths.masters.href()}>{t('log.back')}</Link>
      </p>
      <FileViewer
        key={node}
        host={node === undefined ? { master: true } : { master: true, node }}
        path={MASTER_LOG_PATH}
        settings={settings}
        onChange={onChange}
      />
    </>
  );
}
