/** `/queue`: Marathon's launch queue for the whole cluster. */
export { default as QueueRoute } from '../components/queue-view';
