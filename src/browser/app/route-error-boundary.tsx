import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { describeError } from '../shared/ui/describe-error';
import '../shared/ui/button.css';
import './route-error-boundary.css';

/**
 * A page that failed to render (data it could not digest) or to load its code. The header and
 * navigation stay, since every page has its own boundary. "Try again" drops the failed page's
 * cached answers and renders it afresh; a reload also fetches fresh code chunks.
 */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : describeError(error, t);
  const tryAgain = () => {
    // The failed page's queries are unmounted: without their data it asks the server again.
    queryClient.removeQueries({ type: 'inactive' });
    // Going to the same place anew is what resets a route's error boundary.
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: location.state as unknown },
    );
  };
  return (
    <div className="route-error" role="alert">
      <h1>{t('errors.unexpected')}</h1>
      <p className="route-error__detail">{detail}</p>
      <div className="route-error__actions">
        <button type="button" className="button" onClick={tryAgain}>
          {t('errors.tryAgain')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    </div>
  );
}
