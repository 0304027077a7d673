import type { Dispatcher } from 'undici';
import type { ClusterSide } from '../../api/cluster';
import { withAuthorization } from '../proxy/upstream-dispatcher';
import { readFlagFile } from './read-flag-file';

/** What Stadium sends as HTTP Basic to one side's nodes (Mesos agents share the masters'). */
export interface UpstreamCredential {
  principal: string;
  /** Never logged, never sent to a browser. */
  secret: string;
}

export type UpstreamCredentials = Partial<Record<ClusterSide, UpstreamCredential>>;

/** `principal:secret` on one line (a trailing newline is fine); the secret may contain `:`. */
export function parseCredentialText(text: string, source: string): UpstreamCredential {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const line = lines[0] ?? '';
  const colon = line.indexOf(':');
  if (lines.length !== 1 || colon <= 0 || colon === line.length - 1) {
    // The text itself is never echoed: it would put the secret on the terminal or in a log.
    throw new Error(`${source} must hold one line "principal:secret"`);
  }
  return { principal: line.slice(0, colon), secret: line.slice(colon + 1) };
}

/** The flag's file wins over the environment variable; neither means no credentials. */
export function loadUpstreamCredential(
  side: ClusterSide,
  file: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): UpstreamCredential | undefined {
  if (file !== undefined) {
    const text = readFlagFile(`--${side}-credentials`, file).toString('utf8');
    return parseCredentialText(text, `--${side}-credentials ${file}`);
  }
  const variable = `STADIUM_${side.toUpperCase()}_CREDENTIALS`;
  const text = env[variable];
  return text === undefined || text === '' ? undefined : parseCredentialText(text, variable);
}

export function basicAuthorization(credential: UpstreamCredential): string {
  const token = Buffer.from(`${credential.principal}:${credential.secret}`, 'utf8');
  return `Basic ${token.toString('base64')}`;
}

/** Each side's view of the shared connection pool, with that side's credentials. */
export function sideDispatchers(
  dispatcher: Dispatcher,
  credentials: UpstreamCredentials,
): Record<ClusterSide, Dispatcher> {
  return {
    mesos: withUpstreamCredentials(dispatcher, credentials.mesos),
    marathon: withUpstreamCredentials(dispatcher, credentials.marathon),
  };
}

/**
 * The side's dispatcher: every request through it (proxied, polled, probed, streamed, to any
 * node) carries Stadium's own Basic credentials and nothing else in Authorization.
 */
export function withUpstreamCredentials(
  dispatcher: Dispatcher,
  credential: UpstreamCredential | undefined,
): Dispatcher {
  if (!credential) return dispatcher;
  const authorization = basicAuthorization(credential);
  return dispatcher.compose(
    (dispatch) => (options, handler) =>
      dispatch(
        { ...options, headers: withAuthorization(options.headers, authorization, 'replace') },
        handler,
      ),
  );
}
