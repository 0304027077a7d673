/**
 * The simulated cluster's members in a real ZooKeeper, as real Mesos masters and Marathon
 * instances register themselves: `json.info_` nodes under the Mesos path (lowest sequence leads)
 * and Curator latch nodes under `<marathon path>/leader-curator`, all ephemeral-sequential. The
 * znodes follow the cluster's leaders and running nodes as they change, so Stadium can be run
 * with zk:// strings against the simulation (chaos bench), and faults can add malformed members.
 * ZooKeeper outages are survived: writes are retried until they go through, and an expired
 * session is replaced with its members registered again.
 */
import { randomUUID } from 'node:crypto';
import zookeeper from 'node-zookeeper-client';
// The simulated members use the same repaired client as Stadium (see that file).
import '../../src/server/leaders/zookeeper-client-repair';
import type { Client } from 'node-zookeeper-client';
import type { SimulatedCluster } from '../cluster';

type Side = 'mesos' | 'marathon';

export interface ZooKeeperRegistration {
  /** The zk:// strings Stadium takes as --mesos and --marathon. */
  mesos: string;
  marathon: string;
  /** Writes the current leaders and members now (changes are also picked up on their own). */
  sync(): Promise<void>;
  /**
   * A member whose data no client can use (the "malformed znode" fault), registered after the
   * leader as a standby would be; returns its removal.
   */
  addMalformedMember(side: Side, data: string): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const SESSION_TIMEOUT_MS = 10_000;
const CHECK_EVERY_MS = 50;
const CALL_TIMEOUT_MS = 3_000;

class Unanswered extends Error {
  constructor() {
    super(`ZooKeeper did not answer within ${CALL_TIMEOUT_MS} ms`);
  }
}

interface SideState {
  path: string;
  prefix: string;
  signature: string;
  znodes: string[];
  /** Malformed members, written after the leader. */
  extras: Map<number, string>;
}

export async function registerInZooKeeper(
  cluster: SimulatedCluster,
  connectionString: string,
  options: { root?: string } = {},
): Promise<ZooKeeperRegistration> {
  const root = options.root ?? '/stadium-simulation';
  const sides: Record<Side, SideState> = {
    mesos: {
      path: `${root}/mesos`,
      prefix: 'json.info_',
      signature: '',
      znodes: [],
      extras: new Map(),
    },
    marathon: {
      path: `${root}/marathon/leader-curator`,
      prefix: `_c_${randomUUID()}-latch-`,
      signature: '',
      znodes: [],
      extras: new Map(),
    },
  };
  let client = await connect(connectionString);
  let closed = false;
  /** Between closing a session and its successor's connect. */
  let replacing: Promise<void> | null = null;
  let writing: Promise<void> | null = null;
  let extraIds = 0;

  // A request sent while ZooKeeper restarts may never be answered, even once the session is
  // back; the session is then replaced (below) rather than waited on for ever.
  const call = <T>(run: (done: (error: unknown, value: T) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Unanswered()), CALL_TIMEOUT_MS);
      run((error, value) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(value);
      });
    });
  for (const side of Object.values(sides)) {
    await call<string>((done) => client.mkdirp(side.path, done));
  }

  /** Members in znode order: the leader first, so that it holds the lowest sequence. */
  function members(side: Side): { address: string; data: Buffer }[] {
    const nodes = (
      side === 'mesos' ? cluster.mesos.masters() : cluster.marathon.instances()
    ).filter((node) => node.running);
    if (!nodes.some((node) => node.leader)) return [];
    const [leader, ...standbys] = nodes
      .sort((a, b) => Number(b.leader) - Number(a.leader))
      .map(({ address }) => ({
        address,
        data: side === 'mesos' ? masterInfo(address) : Buffer.from(address),
      }));
    const extras = [...sides[side].extras].map(([id, data]) => ({
      address: `malformed-${id}`,
      data: Buffer.from(data),
    }));
    return leader ? [leader, ...extras, ...standbys] : [];
  }

  /** Replaces a side's member znodes in one transaction: watchers see one change, never none. */
  async function write(side: Side): Promise<void> {
    const state = sides[side];
    const wanted = members(side);
    const signature = wanted.map((member) => member.address).join(',');
    if (signature === state.signature) return;
    const transaction = client.transaction();
    for (const znode of state.znodes) transaction.remove(znode);
    for (const member of wanted) {
      transaction.create(
        `${state.path}/${state.prefix}`,
        member.data,
        zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL,
      );
    }
    const results = await call<{ path?: string }[]>((done) => transaction.commit(done));
    state.znodes = results.flatMap((result) =>
      result.path && result.path !== '' && !state.znodes.includes(result.path) ? [result.path] : [],
    );
    state.signature = signature;
  }

  function sync(): Promise<void> {
    if (replacing) return replacing.then(sync);
    writing ??= (async () => {
      try {
        await write('mesos');
        await write('marathon');
      } catch (error) {
        // ZooKeeper is away (an outage the bench made): the next check tries again.
        if (error instanceof Unanswered) replaceSession(client);
      } finally {
        writing = null;
      }
    })();
    return writing;
  }

  /** A new session with the members registered again: the ephemeral ones go with the old. */
  function replaceSession(current: Client): void {
    if (closed || replacing || current !== client) return;
    current.close();
    for (const side of Object.values(sides)) {
      side.signature = '';
      side.znodes = [];
    }
    replacing = connect(connectionString).then((next) => {
      client = next;
      replacing = null;
      if (closed) return next.close();
      next.on('expired', () => replaceSession(next));
    });
  }
  const first = client;
  first.on('expired', () => replaceSession(first));

  const timer = setInterval(() => void sync(), CHECK_EVERY_MS);
  timer.unref();
  await sync();

  const zkUrl = (path: string) => `zk://${connectionString}${path}`;
  return {
    mesos: zkUrl(sides.mesos.path),
    marathon: zkUrl(`${root}/marathon`),
    sync,
    async addMalformedMember(side, data) {
      const id = ++extraIds;
      sides[side].extras.set(id, data);
      await sync();
      return async () => {
        sides[side].extras.delete(id);
        await sync();
      };
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await writing;
      client.close();
    },
  };
}

function connect(connectionString: string): Promise<Client> {
  const client = zookeeper.createClient(connectionString, {
    sessionTimeout: SESSION_TIMEOUT_MS,
    spinDelay: 200,
  });
  return new Promise((resolve) => {
    client.once('connected', () => resolve(client));
    client.connect();
  });
}

/** The MasterInfo JSON a Mesos master writes into its json.info_ znode. */
function masterInfo(address: string): Buffer {
  const colon = address.lastIndexOf(':');
  const ip = address.slice(0, colon);
  const port = Number(address.slice(colon + 1));
  return Buffer.from(
    JSON.stringify({
      id: `simulated-${port}`,
      pid: `master@${address}`,
      port,
      hostname: ip,
      address: { hostname: ip, ip, port },
      version: '1.11.0',
    }),
  );
}
