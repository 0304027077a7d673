import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { folderTrail } from '../utils/app-tree';
import '../../../shared/ui/trail.css';

/** Where in the app tree the list is: all apps, then each folder down to the current one. */
export function FolderTrail({
  group,
  folderHref,
}: {
  group: string;
  folderHref: (group: string) => string;
}) {
  const { t } = useTranslation('apps');
  const trail = folderTrail(group);
  return (
    <nav aria-label={t('list.trail')} className="trail">
      <ol>
        <li>
          <Link to={folderHref('/')}>{t('list.allApps')}</Link>
        </li>
        {trail.map((folder, index) => (
          <li key={folder.id}>
            {index === trail.length - 1 ? (
              <span aria-current="page">{folder.name}</span>
            ) : (
              <Link to={folderHref(folder.id)}>{folder.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
