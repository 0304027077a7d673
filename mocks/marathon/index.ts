export { createMarathonSimulation } from './simulation';
