import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../utils/app-status';
import './app-status-badge.css';

export function AppStatusBadge({ status }: { status: AppStatus }) {
  const { t } = useTranslation('apps');
  return (
    <span className={`app-status-badge app-status-badge--${status}`}>{t(`status.${status}`)}</span>
  );
}
