import zookeeper from 'node-zookeeper-client';
import type { Client, Exception } from 'node-zookeeper-client';
import type { StadiumLog } from './leader-state';
import type { ZookeeperAddress } from './zookeeper-address';
import type { Znode } from './znode-members';

export type ChildrenUpdate = { ok: true; children: Znode[] } | { ok: false; problem: string };

const SESSION_TIMEOUT_MS = 10_000;

/**
 * Keeps a ZooKeeper session and reports the children of one znode (with their data) every time
 * they change: a one-shot watch is re-armed on each read, and a new session is opened when the
 * old one expires, so leader changes arrive as they happen rather than on a poll.
 */
export class ZookeeperChildrenWatch {
  private client: Client | null = null;
  private connected = false;
  private closed = false;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  /** Member znodes are ephemeral-sequential and never rewritten, so their data can be kept. */
  private readonly dataCache = new Map<string, Buffer>();
  private readonly watcher = () => void this.read();

  constructor(
    private readonly address: ZookeeperAddress,
    private readonly path: string,
    private readonly onUpdate: (update: ChildrenUpdate) => void,
    private readonly log: StadiumLog,
  ) {}

  /** Connects; resolves after the first read, or after `timeoutMs` if ZooKeeper does not answer. */
  async start(timeoutMs: number): Promise<void> {
    const firstRead = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.onUpdate({
          ok: false,
          problem: `ZooKeeper ${this.address.connectionString} did not answer within ${timeoutMs} ms`,
        });
        resolve();
      }, timeoutMs);
      this.client = this.connect(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    await firstRead;
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
        this.onUpdate(await this.readOnce());
      } while (this.readAgain && this.connected && !this.closed);
    })().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  close(): void {
    this.closed = true;
    this.client?.close();
  }

  private connect(onFirstRead: () => void): Client {
    const client = zookeeper.createClient(this.address.connectionString, {
      sessionTimeout: SESSION_TIMEOUT_MS,
      spinDelay: 1_000,
    });
    if (this.address.auth) {
      const { user, password } = this.address.auth;
      client.addAuthInfo('digest', Buffer.from(`${user}:${password}`));
    }
    client.on('connected', () => {
      this.connected = true;
      void this.read().then(onFirstRead);
    });
    client.on('disconnected', () => {
      this.connected = false;
      if (!this.closed)
        this.log(`zookeeper ${this.address.connectionString}: disconnected, reconnecting`, {
          event: 'stream-reconnect',
          stream: 'zookeeper',
          level: 'warn',
        });
    });
    client.on('expired', () => {
      this.connected = false;
      client.close();
      if (this.closed) return;
      this.log(`zookeeper ${this.address.connectionString}: session expired, opening a new one`, {
        event: 'stream-reconnect',
        stream: 'zookeeper',
        level: 'warn',
      });
      this.client = this.connect(() => undefined);
    });
    client.connect();
    return client;
  }

  private async readOnce(): Promise<ChildrenUpdate> {
    const client = this.client;
    if (!client) return { ok: false, problem: 'not connected to ZooKeeper' };
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
        return { ok: false, problem: `znode ${this.path} does not exist in ZooKeeper` };
      }
      return { ok: false, problem: `reading ${this.path} from ZooKeeper failed: ${String(error)}` };
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

function zkCode(error: unknown): number | undefined {
  return typeof (error as Partial<Exception> | null)?.getCode === 'function'
    ? (error as Exception).getCode()
    : undefined;
}
