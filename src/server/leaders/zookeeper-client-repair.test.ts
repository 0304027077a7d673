import { createServer, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseZookeeperAddress, type ZookeeperAddress } from './zookeeper-address';
import { ZookeeperChildrenWatch } from './zookeeper-children-watch';

/**
 * A "ZooKeeper" that answers the first handshake with half a frame, then hangs up, and every
 * later handshake with a frame whose error code exists nowhere: the unrepaired client would
 * throw from its socket handler (an uncaught exception) or parse garbage.
 */
async function startGarbageServer(): Promise<{
  port: number;
  connections(): number;
  stop(): Promise<void>;
}> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', () => {
      connections++;
      const frame = Buffer.alloc(4 + 16);
      frame.writeInt32BE(16, 0);
      // A reply header: xid, zxid (8 bytes), then an error code no ZooKeeper has.
      frame.writeInt32BE(7, 4);
      frame.writeInt32BE(0x5f770001, 16);
      if (connections === 1) socket.end(frame.subarray(0, 10));
      else socket.write(frame);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function address(text: string): ZookeeperAddress {
  const parsed = parseZookeeperAddress(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('the repaired ZooKeeper client', () => {
  it('drops a connection whose frames it cannot parse instead of throwing, and reconnects', async () => {
    const server = await startGarbageServer();
    const watch = new ZookeeperChildrenWatch(
      address(`zk://127.0.0.1:${server.port}/mesos`),
      '/mesos',
      () => undefined,
      () => undefined,
      { sessionTimeoutMs: 2_000, handshakeTimeoutMs: 1_000 },
    );
    try {
      await watch.start(200);
      // Several handshakes, each answered with garbage: still no exception, still trying.
      await expect.poll(() => server.connections(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(watch.session()).toBeNull();
    } finally {
      watch.close();
      await server.stop();
    }
  });
});
