import { useTranslation } from 'react-i18next';
import './notice.css';

export function LoadingNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice notice--loading" role="status">
      {t('loading')}
    </p>
  );
}
