import type { Socket } from 'node:net';
import zookeeper from 'node-zookeeper-client';
import './zookeeper-client-repair';
import type { Client, Exception } from 'node-zookeeper-client';
import type { StadiumLog } from './leader-state';
import type { ZookeeperAddress } from './zookeeper-address';
import type { Znode } from './znode-members';

export type ChildrenUpdate =
  | { ok: true; children: Znode[] }
  /** `transient`: ZooKeeper itself is unreachable, which says nothing about who leads. */
  | { ok: false; problem: string; transient: boolean };

export interface ZookeeperTimings {
  /** Asked of the server; it expires the session after this much silence. Default 10 s. */
  sessionTimeoutMs?: number;
  /**
   * A connection must become a session within this time, and a connected server must answer a
   * heartbeat within it; else the client is replaced. Default 4 s.
   */
  handshakeTimeoutMs?: number;
}

const DEFAULT_SESSION_TIMEOUT_MS = 10_000;
const DEFAULT_HANDSHAKE_TIMEOUT_MS = 4_000;

/**
 * Keeps a ZooKeeper session and reports the children of one znode (with their data) every time
 * they change: a one-shot watch is re-armed on each read, and after every (re)connection the
 * children are read again, so leader changes arrive as they happen rather than on a poll.
 *
 * The client library reconnects on its own but trusts every server it reaches: one that accepts
 * the connection and never answers (a ZooKeeper that is still starting, a half-dead host) holds
 * it forever. So a connection that does not become a session within the handshake timeout, or
 * a session whose server stops answering heartbeats, is replaced by a new client, which skips
 * to other servers of the connect string; an expired session is replaced the same way.
 */
export class ZookeeperChildrenWatch {
  private client: Client | null = null;
  /** Events of replaced clients are ignored: each client knows its generation. */
  private generation = 0;
  private connected = false;
  private closed = false;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private handshakeTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private onFirstRead: (() => void) | null = null;
  private connections = 0;
  /** Member znodes are ephemeral-sequential and never rewritten, so their data can be kept. */
  private readonly dataCache = new Map<string, Buffer>();
  private readonly watcher = () => this.readLogged();
  private readonly sessionTimeoutMs: number;
  private readonly handshakeTimeoutMs: number;

  constructor(
    private readonly address: ZookeeperAddress,
    private readonly path: string,
    private readonly onUpdate: (update: ChildrenUpdate) => void,
    private readonly log: StadiumLog,
    timings: ZookeeperTimings = {},
  ) {
    this.sessionTimeoutMs = timings.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
    this.handshakeTimeoutMs = timings.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
  }

  /** Connects; resolves after the first read, or after `timeoutMs` if ZooKeeper does not answer. */
  async start(timeoutMs: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.onFirstRead = null;
        this.emit({
          ok: false,
          problem: `ZooKeeper ${this.address.connectionString} did not answer within ${timeoutMs} ms`,
          transient: true,
        });
        resolve();
      }, timeoutMs);
      this.onFirstRead = () => {
        clearTimeout(timer);
        resolve();
      };
      this.open();
    });
  }

  /** Re-reads the children now (coalesced); a no-op while the session is down. */
  read(): Promise<void> {
    if (!this.connected || this.closed) return Promise.resolve();
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      do {
        this.readAgain = false;
        const client = this.client;
        const update = await this.readOnce();
        // A read that raced a client replacement says nothing about the new session.
        if (client === this.client) this.emit(update);
      } while (this.readAgain && this.connected && !this.closed);
    })().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  /** The current session's id and password, or null while there is none. */
  session(): { id: Buffer; password: Buffer } | null {
    if (!this.client || !this.connected) return null;
    return { id: this.client.getSessionId(), password: this.client.getSessionPassword() };
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.handshakeTimer);
    clearInterval(this.heartbeatTimer);
    if (this.client) retire(this.client);
    this.client = null;
  }

  private readLogged(): void {
    this.read().catch((error: unknown) => {
      this.log(`zookeeper ${this.path}: reading members failed: ${String(error)}`);
    });
  }

  private emit(update: ChildrenUpdate): void {
    try {
      this.onUpdate(update);
    } catch (error) {
      // A member the reader could not digest must not take the watch (or the process) down.
      this.log(`zookeeper ${this.path}: could not apply the members: ${String(error)}`);
    }
  }

  /** Opens a new client (and session), retiring the current one. */
  private open(): void {
    if (this.closed) return;
    const generation = ++this.generation;
    this.connected = false;
    clearInterval(this.heartbeatTimer);
    if (this.client) retire(this.client);
    const client = zookeeper.createClient(this.address.connectionString, {
      sessionTimeout: this.sessionTimeoutMs,
      // Between connection attempts: a restarted ZooKeeper is back in use within this, and a
      // leader change made meanwhile is seen right after (refused connects cost nothing).
      spinDelay: 200,
    });
    this.client = client;
    const current = () => generation === this.generation && !this.closed;
    if (this.address.auth) {
      const { user, password } = this.address.auth;
      client.addAuthInfo('digest', Buffer.from(`${user}:${password}`));
    }
    client.on('connected', () => {
      if (!current()) return;
      clearTimeout(this.handshakeTimer);
      this.connected = true;
      if (this.connections++ > 0) {
        this.log(
          `zookeeper ${this.address.connectionString}: connected again, re-reading ${this.path}`,
        );
      }
      this.startHeartbeat(client, generation);
      void this.read()
        .catch((error: unknown) => this.log(`zookeeper ${this.path}: ${String(error)}`))
        .finally(() => {
          const first = this.onFirstRead;
          this.onFirstRead = null;
          first?.();
        });
    });
    client.on('disconnected', () => {
      if (!current()) return;
      this.connected = false;
      clearInterval(this.heartbeatTimer);
      this.log(`zookeeper ${this.address.connectionString}: disconnected, reconnecting`, {
        event: 'stream-reconnect',
        stream: 'zookeeper',
        level: 'warn',
      });
      this.armHandshake(generation);
    });
    client.on('expired', () => {
      if (!current()) return;
      this.log(`zookeeper ${this.address.connectionString}: session expired, opening a new one`, {
        event: 'stream-reconnect',
        stream: 'zookeeper',
        level: 'warn',
      });
      this.open();
    });
    client.on('authenticationFailed', () => {
      if (!current()) return;
      this.connected = false;
      this.emit({
        ok: false,
        problem: `ZooKeeper ${this.address.connectionString} refused the credentials`,
        transient: false,
      });
    });
    this.armHandshake(generation);
    client.connect();
  }

  private armHandshake(generation: number): void {
    clearTimeout(this.handshakeTimer);
    this.handshakeTimer = setTimeout(() => {
      if (generation !== this.generation || this.closed || this.connected) return;
      this.log(
        `zookeeper ${this.address.connectionString}: no session within ` +
          `${this.handshakeTimeoutMs} ms, trying again`,
      );
      this.open();
    }, this.handshakeTimeoutMs);
    this.handshakeTimer.unref();
  }

  /** A server that stops answering while the TCP connection stays up is noticed here. */
  private startHeartbeat(client: Client, generation: number): void {
    clearInterval(this.heartbeatTimer);
    let outstanding = false;
    this.heartbeatTimer = setInterval(
      () => {
        if (generation !== this.generation || !this.connected || outstanding) return;
        outstanding = true;
        const timer = setTimeout(() => {
          if (generation !== this.generation || this.closed) return;
          this.log(
            `zookeeper ${this.address.connectionString}: no answer within ` +
              `${this.handshakeTimeoutMs} ms, reconnecting`,
          );
          this.open();
        }, this.handshakeTimeoutMs);
        client.exists('/', () => {
          outstanding = false;
          clearTimeout(timer);
        });
      },
      Math.max(250, Math.floor(this.sessionTimeoutMs / 3)),
    );
    this.heartbeatTimer.unref();
  }

  private async readOnce(): Promise<ChildrenUpdate> {
    const client = this.client;
    if (!client) return { ok: false, problem: 'not connected to ZooKeeper', transient: true };
    try {
      const names = await new Promise<string[]>((resolve, reject) =>
        client.getChildren(this.path, this.watcher, (error, children) =>
          error ? reject(error) : resolve(children),
        ),
      );
      for (const cached of this.dataCache.keys()) {
        if (!names.includes(cached)) this.dataCache.delete(cached);
      }
      const children = await Promise.all(names.map((name) => this.readChild(client, name)));
      return { ok: true, children };
    } catch (error) {
      if (zkCode(error) === zookeeper.Exception.NO_NODE) {
        // Be told when the first member creates the path.
        client.exists(this.path, this.watcher, () => undefined);
        return {
          ok: false,
          problem: `znode ${this.path} does not exist in ZooKeeper`,
          transient: false,
        };
      }
      return {
        ok: false,
        problem: `reading ${this.path} from ZooKeeper failed: ${String(error)}`,
        transient: true,
      };
    }
  }

  private async readChild(client: Client, name: string): Promise<Znode> {
    const cached = this.dataCache.get(name);
    if (cached) return { name, data: cached };
    const data = await new Promise<Buffer | null>((resolve, reject) =>
      client.getData(`${this.path}/${name}`, (error, buffer) => {
        if (!error) resolve(buffer ?? Buffer.alloc(0));
        else if (zkCode(error) === zookeeper.Exception.NO_NODE) resolve(null);
        else reject(error);
      }),
    );
    if (data) this.dataCache.set(name, data);
    return { name, data };
  }
}

/**
 * Closes a replaced client. Its server may be the silent one, which would never let the close
 * request through, so its socket is also cut shortly after.
 */
function retire(client: Client): void {
  client.removeAllListeners();
  client.close();
  const manager = (client as unknown as { connectionManager?: { socket?: Socket } })
    .connectionManager;
  // The library may still be between servers and open one more socket: cut for a few seconds.
  let cuts = 0;
  const timer = setInterval(() => {
    manager?.socket?.destroy();
    if (++cuts >= 6) clearInterval(timer);
  }, 500);
  timer.unref();
}

function zkCode(error: unknown): number | undefined {
  return typeof (error as Partial<Exception> | null)?.getCode === 'function'
    ? (error as Exception).getCode()
    : undefined;
}
