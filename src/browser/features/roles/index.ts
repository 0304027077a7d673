/** What other features use of roles: a one-line summary of scalar resources. */
export { ResourceSummary } from './components/resource-summary';
export { scalarsOf, nonZero, type QuotaSide } from './utils/role-rows';
