import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { paths } from '../../../shared/paths';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { WriteStatusRegion } from '../../deployments';
import { useApps } from '../api/get-apps';
import { usePods } from '../api/get-pods';
import { useDeployments } from '../../deployments';
import { GroupDialogs, GroupActions, useGroupDialog } from '../dialogs/group-dialogs';
import { podAsAppRow } from '../utils/pod-summary';
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
import { parentGroup } from '../utils/app-summary';
import '../../../shared/ui/button.css';
import './apps-routes.css';
import { WriteControl } from '../../session';

export function AppsListRoute() {
  const { t } = useTranslation('apps');
  const { t: tCommon } = useTranslation();
  const [params, write] = useSearchWriter();
  const navigate = useNavigate();
  const filters = readFilters(params);
  const appsQuery = useApps();
  const pods = usePods();
  const deployments = useDeployments();
  const queue = useQueue();
  const groupDialog = useGroupDialog();
  // Pods join the apps as app-shaped rows: the same folders, search and filters apply to them.
  const podRows = (pods.data ?? []).map((pod) => podAsAppRow(pod, deployments.data));
  const podIds = new Set(podRows.map((row) => row.id));
  const apps = { ...appsQuery, data: appsQuery.data && [...appsQuery.data, ...podRows] };
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
          <div className="apps-page-actions">
            <Link className="button button--primary" to={paths.appNew.href()}>
              {t('list.create')}
            </Link>
            <Link className="button" to={paths.podNew.href()}>
              {t('pods.create')}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => groupDialog.open('createGroup')}
            >
              {t('groups.create')}
            </button>
          </div>
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
        <div className="apps-folder-heading">
          <FolderTrail group={filters.group} folderHref={folderHref} />
          <GroupActions onOpen={groupDialog.open} />
        </div>
      )}
      {listing && (
        <>
          <AppsTable
            apps={listing.apps}
            folders={listing.folders}
            queue={queue.data}
            fullPaths={false}
            folderHref={folderHref}
            podIds={podIds}
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
            <AppsTable
              apps={matches}
              queue={queue.data}
              fullPaths
              folderHref={folderHref}
              podIds={podIds}
            />
          )}
        </>
      )}
      <WriteControl>
        <GroupDialogs
          dialog={groupDialog.dialog}
          group={filters.group}
          apps={apps.data ?? []}
          onClose={groupDialog.close}
          onDestroyed={() =>
            void navigate(folderHref(parentGroup(filters.group)), { replace: true })
          }
        />
      </WriteControl>
    </>
  );
}
