import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ClusterBanner } from '../../features/cluster-status/components/cluster-banner';
import { useDocumentLanguage } from '../use-document-language';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';
import './root-layout.css';

export function RootLayout() {
  const { t } = useTranslation();
  useDocumentLanguage();
  return (
    <div className="root-layout">
      <a className="root-layout__skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppHeader />
      <MainNav />
      <ClusterBanner />
      <main id="main" className="root-layout__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
