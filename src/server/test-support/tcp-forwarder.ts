import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface TcpForwarder {
  port: number;
  /** Drops every connection and refuses new ones (each is closed at once): a partition. */
  cut(): void;
  /** Forwards again. */
  restore(): void;
  stop(): Promise<void>;
}

/** A loopback TCP forwarder to `targetPort` that a test can cut off and restore. */
export async function startTcpForwarder(targetPort: number): Promise<TcpForwarder> {
  const pairs = new Set<[Socket, Socket]>();
  let cut = false;
  const server = createServer((incoming) => {
    incoming.on('error', () => undefined);
    if (cut) {
      incoming.destroy();
      return;
    }
    const outgoing = connect(targetPort, '127.0.0.1');
    outgoing.on('error', () => incoming.destroy());
    const pair: [Socket, Socket] = [incoming, outgoing];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on('close', drop);
    outgoing.on('close', drop);
    incoming.pipe(outgoing);
    outgoing.pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dropAll = () => {
    for (const [incoming, outgoing] of pairs) {
      incoming.destroy();
      outgoing.destroy();
    }
    pairs.clear();
  };
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      cut = true;
      dropAll();
    },
    restore() {
      cut = false;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}
