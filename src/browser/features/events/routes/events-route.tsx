/** `/events`: the live event feed of Marathon and Mesos. */
export { default as EventsRoute } from '../components/events-view';
