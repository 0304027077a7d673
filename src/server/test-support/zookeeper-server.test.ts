import { describe, expect, it } from 'vitest';
import { startZooKeeperServer } from './zookeeper-server';

describe('startZooKeeperServer', () => {
  it('fails with installation advice when ZooKeeper is missing', async () => {
    await expect(startZooKeeperServer({ jar: '/nonexistent/zookeeper.jar' })).rejects.toThrow(
      /ZooKeeper is not installed \(\/nonexistent\/zookeeper\.jar is missing\)\. Install it with `sudo apt-get install -y zookeeper`/,
    );
  });
});
