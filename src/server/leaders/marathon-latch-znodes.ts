import type { Znode, ZnodeReading } from './znode-members';

/** Znode under a Marathon --zk path where its Curator LeaderLatch lives. */
export const MARATHON_LATCH_PATH = 'leader-curator';

const LATCH_NAME = /latch-(\d+)$/;

/**
 * Marathon instances in ZooKeeper: Curator latch participants `_c_<uuid>-latch-<seq>` whose data
 * is the instance's `host:port`; the lowest sequence holds the latch, i.e. leads.
 */
export function readMarathonLatch(children: readonly Znode[]): ZnodeReading {
  const participants = children
    .flatMap((child) => {
      const sequence = LATCH_NAME.exec(child.name)?.[1];
      const hostPort = child.data
        ?.toString('utf8')
        .trim()
        .replace(/^https?:\/\//, '');
      return sequence !== undefined && hostPort
        ? [{ sequence: Number(sequence), url: `http://${hostPort}` }]
        : [];
    })
    .sort((a, b) => a.sequence - b.sequence);
  const leader = participants[0]?.url ?? null;
  return {
    members: participants.map(({ url }) => ({ url })),
    leader,
    ...(leader ? {} : { problem: 'no Marathon instance holds the leader latch' }),
  };
}
