import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  createSimulatedCluster,
  type SimulatedCluster,
  type SimulatedClusterOptions,
} from '../../../mocks';
import { createStadiumApiHandlers } from '../../../mocks/emulation';
import type { SessionInfo } from '../../api/access';

export interface SimulatedApi {
  /** The current test's cluster; its control hooks (`marathon.stopInstance(i)`, ...) set scenes. */
  cluster(): SimulatedCluster;
  /** From now on every `/api/*` request fails at the network level, as if Stadium were gone. */
  stopStadium(): void;
  /** Answers matching requests with these handlers first, for the rest of the test. */
  answerFirst(...handlers: RequestHandler[]): void;
  /** From now on the console is signed in as `session` (read-only sessions get 403 on writes). */
  signInAs(session: SessionInfo): void;
}

/**
 * Answers Stadium's `/api/*` routes from a fresh simulated cluster in every test of the calling
 * file; unhandled requests fail the test.
 */
export function serveSimulatedCluster(options?: SimulatedClusterOptions): SimulatedApi {
  const server = setupServer();
  let current: SimulatedCluster | undefined;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    current = createSimulatedCluster(options);
    server.use(...createStadiumApiHandlers(current));
  });
  afterEach(() => {
    server.resetHandlers();
    current = undefined;
  });
  afterAll(() => server.close());
  return {
    cluster() {
      if (!current) throw new Error('The simulated cluster exists only while a test runs.');
      return current;
    },
    stopStadium() {
      server.use(http.all('*/api/*', () => HttpResponse.error()));
    },
    signInAs(session) {
      server.use(...createStadiumApiHandlers(this.cluster(), { session }));
    },
    answerFirst(...handlers) {
      server.use(...handlers);
    },
  };
}
