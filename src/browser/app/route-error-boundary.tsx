import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { describeError } from '../shared/ui/describe-error';
import '../shared/ui/button.css';
import './route-error-boundary.css';

/** A page that failed to render or to load its code; a reload usually fetches fresh chunks. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeError(error, t);
  return (
    <div className="route-error" role="alert">
      <h1>{t('errors.unexpected')}</h1>
      <p className="route-error__detail">{detail}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}
