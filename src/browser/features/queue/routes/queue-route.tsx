import { lazy, Suspense } from 'react';
import { LoadingNotice } from '../../../shared/ui/loading-notice';

const QueueView = lazy(() => import('../components/queue-view'));

/** `/queue`: its table loads with the page, not with the console's first bundle. */
export function QueueRoute() {
  return (
    <Suspense fallback={<LoadingNotice />}>
      <QueueView />
    </Suspense>
  );
}
