/**
 * Test-only: Stadium's own `/api/*` answered over the simulated cluster, for component tests
 * that run without the proxy. It loads the proxy's cluster model, so the demo and e2e paths
 * (mocks/index.ts) never import it; lint keeps it to tests and src/browser/testing.
 */
export { createStadiumApiHandlers } from './stadium-api-handlers';
