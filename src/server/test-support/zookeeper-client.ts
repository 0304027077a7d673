import zookeeper from 'node-zookeeper-client';
import type { Client } from 'node-zookeeper-client';

/** A ZooKeeper session for tests, playing the masters and Marathon instances that register. */
export interface ZooKeeperTestClient {
  mkdirp(path: string): Promise<void>;
  /** Creates an ephemeral-sequential node; resolves to its full path. */
  createSequential(pathPrefix: string, data: string | Buffer): Promise<string>;
  remove(path: string): Promise<void>;
  close(): void;
}

export async function connectZooKeeper(connectionString: string): Promise<ZooKeeperTestClient> {
  const client: Client = zookeeper.createClient(connectionString, { sessionTimeout: 5_000 });
  await new Promise<void>((resolve) => {
    client.once('connected', () => resolve());
    client.connect();
  });
  const call = <T>(run: (done: (error: unknown, value: T) => void) => void) =>
    new Promise<T>((resolve, reject) =>
      run((error, value) => (error ? reject(error) : resolve(value))),
    );
  return {
    mkdirp: async (path) => {
      await call<string>((done) => client.mkdirp(path, done));
    },
    createSequential: (pathPrefix, data) =>
      call<string>((done) =>
        client.create(
          pathPrefix,
          typeof data === 'string' ? Buffer.from(data) : data,
          zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL,
          done,
        ),
      ),
    remove: async (path) => {
      await call<null>((done) => client.remove(path, (error) => done(error, null)));
    },
    close: () => client.close(),
  };
}
