import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { sandboxCrumbs } from '../utils/sandbox-paths';
import '../../../shared/ui/trail.css';
import './sandbox-breadcrumbs.css';

/** Where `path` lies in the sandbox; every level above it links to the browser. */
export function SandboxBreadcrumbs({ agentId, path }: { agentId: string; path: string }) {
  const { t } = useTranslation('sandbox');
  const crumbs = sandboxCrumbs(path, t('breadcrumbs.sandbox'));
  return (
    <nav className="trail sandbox-breadcrumbs" aria-label={t('breadcrumbs.label')}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.path}>
            {index === crumbs.length - 1 ? (
              <span aria-current="page">{crumb.label}</span>
            ) : (
              <Link to={paths.sandboxBrowse.href(agentId, crumb.path)} title={crumb.path}>
                {crumb.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
