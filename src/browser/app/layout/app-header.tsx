import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeaderSummary } from '../../features/cluster-status/components/leader-summary';
import { SimulatedBadge } from '../../features/cluster-status/components/simulated-badge';
import { paths } from '../../shared/paths';
import { SessionControls } from '../../features/session/components/session-controls';
import { SearchPalette } from '../../features/search';
import { KeyboardShortcuts } from '../../shared/shortcuts/keyboard-shortcuts';
import { LanguageMenu } from './language-menu';
import { ThemeMenu } from './theme-menu';
import './app-header.css';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link className="app-header__product" to={paths.overview.href()}>
          {t('productName')}
        </Link>
        <SimulatedBadge />
      </div>
      <LeaderSummary />
      <div className="app-header__preferences">
        <SearchPalette />
        <SessionControls />
        <LanguageMenu />
        <ThemeMenu />
        <KeyboardShortcuts />
      </div>
    </header>
  );
}
