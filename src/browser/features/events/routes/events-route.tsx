import { lazyPage } from '../../../shared/ui/lazy-page';

/** `/events`: the live event feed of Marathon and Mesos. */
export const EventsRoute = lazyPage(() => import('../components/events-view'));
