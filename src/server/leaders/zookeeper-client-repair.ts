import { createRequire } from 'node:module';

/**
 * Repairs node-zookeeper-client 1.1.3's framing, which data from a ZooKeeper server can break:
 * a packet cut short when a server goes away stays in the connection's buffer and is prepended
 * to the next server's first answer, and a frame it cannot parse throws ("Unknown code: ...")
 * from inside its socket's `data` handler, where nothing can catch it: an uncaught exception.
 * Repaired here: each new connection starts with an empty buffer, and a frame that cannot be
 * parsed drops the connection (the client reconnects, as after any connection loss).
 */
interface ConnectionManager {
  pendingBuffer: Buffer | null;
  socket?: { destroy(): void };
  onSocketData(buffer: Buffer): void;
  onSocketConnected(): void;
}

const require = createRequire(import.meta.url);
const { prototype } = require('node-zookeeper-client/lib/ConnectionManager.js') as {
  prototype: ConnectionManager & { stadiumRepaired?: true };
};

if (!prototype.stadiumRepaired) {
  prototype.stadiumRepaired = true;
  const onSocketData = prototype.onSocketData;
  const onSocketConnected = prototype.onSocketConnected;
  prototype.onSocketConnected = function (this: ConnectionManager) {
    this.pendingBuffer = null;
    onSocketConnected.call(this);
  };
  prototype.onSocketData = function (this: ConnectionManager, buffer: Buffer) {
    try {
      onSocketData.call(this, buffer);
    } catch {
      this.pendingBuffer = null;
      this.socket?.destroy();
    }
  };
}
