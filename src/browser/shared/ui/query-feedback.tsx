import { ErrorNotice } from './error-notice';
import { LoadingNotice } from './loading-notice';

/**
 * Loading and error states of one query. Renders nothing once data is in and fresh; on a failed
 * refresh it shows the error above the last data, which the caller keeps rendering.
 */
export function QueryFeedback({
  isPending,
  error,
  hasData,
}: {
  isPending: boolean;
  error: unknown;
  hasData: boolean;
}) {
  if (error) return <ErrorNotice error={error} keptData={hasData} />;
  if (isPending) return <LoadingNotice />;
  return null;
}
