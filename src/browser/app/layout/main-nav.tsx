import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../features/session/api/get-session';
import { pageRoutes } from '../page-routes';
import './main-nav.css';

/** One link per page that has a `nav` label in the route table; NavLink sets aria-current. */
export function MainNav() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {pageRoutes.map(
          ({ path, nav, requires }) =>
            nav &&
            (requires !== 'audit' || session?.canAudit === true) && (
              <li key={path}>
                <NavLink className="main-nav__link" to={path} end={path === '/'}>
                  {t(`nav.${nav}`)}
                </NavLink>
              </li>
            ),
        )}
      </ul>
    </nav>
  );
}
