/** The launch queue page, for the route table. */
export { QueueRoute } from './routes/queue-route';
