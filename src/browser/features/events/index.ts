/** The event feed page, for the route table. */
export { EventsRoute } from './routes/events-route';
