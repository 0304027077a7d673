import { useTranslation } from 'react-i18next';
import '../../../shared/ui/notice.css';

/** Where a page would hold only write controls (the app editor) and writes are off. */
export function ReadOnlyNotice() {
  const { t } = useTranslation('session');
  return (
    <div className="notice" role="status">
      <p className="notice__text">{t('readOnlyPage')}</p>
    </div>
  );
}
