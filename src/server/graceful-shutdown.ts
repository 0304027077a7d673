import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { StadiumLog } from './leaders/leader-state';
import { isStreamRequest } from './proxy/upstream-deadline';

/**
 * How Stadium ends: on SIGTERM or SIGINT it stops accepting connections, lets requests in flight
 * finish for up to SHUTDOWN_GRACE_MS, ends the streams it relays at once (they would hold the
 * grace period for nothing), closes its ZooKeeper sessions and upstream connections, and exits 0.
 * A second signal exits at once with 1. Everything about how the process ends lives here.
 */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Drains a Fastify app when it closes: relayed streams (Marathon's events, downloads) are cut at
 * once, since they would hold the grace period for nothing; answers still in flight go out with
 * `Connection: close`, and each connection is closed as soon as its answer is sent, so the
 * server is done as soon as the last request is.
 */
export function drainOnClose(app: FastifyInstance): void {
  const streams = new Set<ServerResponse>();
  let closing = false;
  app.addHook('onRequest', async (request, reply) => {
    const headers = request.headers as Record<string, string | string[]>;
    if (!isStreamRequest(request.url, headers)) return;
    const response = reply.raw;
    if (closing) {
      response.destroy();
      return;
    }
    streams.add(response);
    response.once('close', () => streams.delete(response));
  });
  app.addHook('preClose', async () => {
    closing = true;
    // A cut download must not look complete; an event source reconnects elsewhere.
    for (const response of streams) response.destroy();
    streams.clear();
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async () => {
    if (closing) app.server.closeIdleConnections();
  });
}

export interface Closable {
  close(): Promise<void>;
}

/** Installs the SIGTERM/SIGINT handlers of the `stadium` command around a running Stadium. */
export function exitOnSignals(
  stadium: Closable,
  options: { log: (line: string) => void; exit?: (code: number) => void } = { log: console.log },
): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.log(`Stadium: ${signal} again, exiting without waiting`);
      exit(1);
      return;
    }
    stopping = true;
    options.log(`Stadium: ${signal}, shutting down (requests in flight get up to 10 s)`);
    stadium.close().then(
      () => {
        options.log('Stadium: stopped');
        exit(0);
      },
      (error: unknown) => {
        options.log(`stadium: shutdown failed: ${String(error)}`);
        exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Socket-level failures raised by a peer going away; they never mean Stadium's state is broken. */
const PEER_ERROR_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_STREAM_DESTROYED',
  'UND_ERR_SOCKET',
  'UND_ERR_ABORTED',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

/**
 * Nothing that arrives from outside may end the process, yet nothing may vanish silently either.
 * - An unhandled rejection is a promise nobody awaited: logged with its stack, and Stadium keeps
 *   serving (its state cannot have been left half-changed by an error nobody was waiting for).
 * - An uncaught exception caused by a peer (reset, broken pipe) is logged and survived.
 * - Any other uncaught exception is a bug whose damage is unknown: it is logged with its stack
 *   and Stadium shuts down gracefully with exit code 1, so a supervisor restarts a clean process.
 */
export function guardProcess(log: StadiumLog, onFatal: (error: unknown) => void): () => void {
  const describe = (error: unknown) =>
    error instanceof Error ? (error.stack ?? error.message) : String(error);
  const onRejection = (reason: unknown) => {
    log(`unhandled rejection (Stadium keeps running): ${describe(reason)}`);
  };
  const onException = (error: unknown, origin: string) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && PEER_ERROR_CODES.has(code)) {
      log(`connection error nobody handled (${code}; Stadium keeps running): ${describe(error)}`);
      return;
    }
    log(`fatal: ${origin}: ${describe(error)}`);
    onFatal(error);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
