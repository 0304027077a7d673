import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { FileViewer, MASTER_LOG_PATH, useViewerSettings } from '../../sandbox';

/** `/masters/log?follow=1&wrap=1&q=`: the leading master's own log in the sandbox log viewer. */
export function MasterLogRoute() {
  const { t } = useTranslation('masters');
  const { settings, onChange } = useViewerSettings();
  return (
    <>
      <PageTitle title={t('log.title')} />
      <p>
        <Link to={paths.masters.href()}>{t('log.back')}</Link>
      </p>
      <FileViewer
        host={{ master: true }}
        path={MASTER_LOG_PATH}
        settings={settings}
        onChange={onChange}
      />
    </>
  );
}
