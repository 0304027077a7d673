import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ClusterBanner } from '../../features/cluster-status/components/cluster-banner';
import { needsSignIn, useSession } from '../../features/session/api/get-session';
import { SignInForm } from '../../features/session/components/sign-in-form';
import { useDocumentLanguage } from '../use-document-language';
import { AppHeader } from './app-header';
import { LanguageMenu } from './language-menu';
import { ThemeMenu } from './theme-menu';
import { MainNav } from './main-nav';
import './root-layout.css';

export function RootLayout() {
  const { t } = useTranslation();
  useDocumentLanguage();
  // The layout renders while the session loads: the proxy answers 401 until sign-in anyway.
  const { data: session } = useSession();
  if (needsSignIn(session)) return <SignInLayout />;
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

/** Before sign-in: the product name, language and theme, and the form; no cluster data. */
function SignInLayout() {
  const { t } = useTranslation();
  return (
    <div className="root-layout">
      <header className="app-header">
        <span className="app-header__product">{t('productName')}</span>
        <div className="app-header__preferences">
          <LanguageMenu />
          <ThemeMenu />
        </div>
      </header>
      <main id="main" className="root-layout__main" tabIndex={-1}>
        <SignInForm />
      </main>
    </div>
  );
}
