import { lazyPage } from '../../../shared/ui/lazy-page';

/** `/queue`: Marathon's launch queue for the whole cluster. */
export const QueueRoute = lazyPage(() => import('../components/queue-view'));
