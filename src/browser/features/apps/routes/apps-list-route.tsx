import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { paths } from '../../../shared/paths';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { WriteStatusRegion } from '../../deployments';
import { useApps } from '../api/get-apps';
import { useQueue } from '../api/get-queue';
import { AppFiltersBar } from '../components/app-filters-bar';
import { AppsTable } from '../components/apps-table';
import { FolderTrail } from '../components/folder-trail';
import {
  filterApps,
  isFiltering,
  labelChoices,
  readFilters,
  writeFilters,
  type AppFilters,
} from '../utils/app-filters';
import { listFolder } from '../utils/app-tree';
import '../../../shared/ui/button.css';
import './apps-routes.css';
import { WriteControl } from '../../session';

export function AppsListRoute() {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const [params, write] = useSearchWriter();
  const filters = readFilters(params);
  const apps = useApps();
  const queue = useQueue();
  const update = (change: Partial<AppFilters>) =>
    write((current) => writeFilters({ ...readFilters(current), ...change }));
  const folderHref = (group: string) =>
    paths.apps.href(writeFilters({ ...filters, group, q: '', status: [], health: [], label: '' }));
  const filtering = isFiltering(filters);
  const listing = apps.data && !filtering ? listFolder(apps.data, filters.group) : undefined;
  const matches = apps.data && filtering ? filterApps(apps.data, queue.data, filters) : undefined;
  return (
    <>
      <title>{tCommon('pageTitle', { page: t('list.title') })}</title>
      <div className="apps-page-heading">
        <h1>{t('list.title')}</h1>
        <WriteControl>
          <Link className="button button--primary" to={paths.appNew.href()}>
            {t('list.create')}
          </Link>
        </WriteControl>
      </div>
      <WriteStatusRegion />
      <AppFiltersBar filters={filters} labels={labelChoices(apps.data ?? [])} onChange={update} />
      <QueryFeedback
        isPending={apps.isPending}
        error={apps.error}
        hasData={apps.data !== undefined}
      />
      {!filtering && filters.group !== '/' && (
        <FolderTrail group={filters.group} folderHref={folderHref} />
      )}
      {listing && (
        <>
          <AppsTable
            apps={listing.apps}
            folders={listing.folders}
            queue={queue.data}
            fullPaths={false}
            folderHref={folderHref}
          />
          {listing.apps.length + listing.folders.length === 0 && (
            <p className="apps-empty">{t('list.emptyFolder')}</p>
          )}
        </>
      )}
      {matches && (
        <>
          <p className="apps-empty" role="status">
            {t('list.matches', { count: matches.length })}
          </p>
          {matches.length > 0 && (
            <AppsTable apps={matches} queue={queue.data} fullPaths folderHref={folderHref} />
          )}
        </>
      )}
    </>
  );
}
