import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';
import './notice.css';

/** A failed request; when older data stays on screen, says so. */
export function ErrorNotice({ error, keptData = false }: { error: unknown; keptData?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__icon" aria-hidden="true">
        ⚠
      </span>
      <p className="notice__text">
        {describeError(error, t)}
        {keptData && <> {t('errors.keptData')}</>}
      </p>
    </div>
  );
}
