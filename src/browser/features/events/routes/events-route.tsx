import { lazy, Suspense } from 'react';
import { LoadingNotice } from '../../../shared/ui/loading-notice';

const EventsView = lazy(() => import('../components/events-view'));

/** `/events`: the feed's view loads with the page, not with the console's first bundle. */
export function EventsRoute() {
  return (
    <Suspense fallback={<LoadingNotice />}>
      <EventsView />
    </Suspense>
  );
}
