import { checkHostPortText } from './member-address';
import type { Znode, ZnodeReading } from './znode-members';

/** Znode under a Marathon --zk path where its Curator LeaderLatch lives. */
export const MARATHON_LATCH_PATH = 'leader-curator';

const LATCH_NAME = /latch-(\d+)$/;

/**
 * Marathon instances in ZooKeeper: Curator latch participants `_c_<uuid>-latch-<seq>` whose data
 * is the instance's `host:port`; the lowest sequence holds the latch, i.e. leads.
 */
export function readMarathonLatch(children: readonly Znode[]): ZnodeReading {
  const participants: { name: string; sequence: number; url: string | null; problem?: string }[] =
    [];
  for (const child of children) {
    const sequence = LATCH_NAME.exec(child.name)?.[1];
    const text = child.data
      ?.toString('utf8')
      .trim()
      .replace(/^https?:\/\//, '');
    if (sequence === undefined || !text) continue;
    const checked = checkHostPortText(text);
    participants.push({
      name: child.name,
      sequence: Number(sequence),
      ...('hostPort' in checked
        ? { url: `http://${checked.hostPort}` }
        : { url: null, problem: `its data ${checked.problem}` }),
    });
  }
  participants.sort((a, b) => a.sequence - b.sequence);
  const unreadable = participants.flatMap(({ name, url, problem }) =>
    url ? [] : [{ name, problem: problem ?? 'it names no address' }],
  );
  const members = participants.flatMap(({ url }) => (url ? [{ url }] : []));
  const lowest = participants[0];
  if (!lowest) {
    return {
      members,
      unreadable,
      leader: null,
      problem: 'no Marathon instance holds the leader latch',
    };
  }
  if (!lowest.url) {
    return {
      members,
      unreadable,
      leader: null,
      problem: `the leading latch node ${lowest.name} is unusable: ${lowest.problem ?? ''}`,
    };
  }
  return { members, unreadable, leader: lowest.url };
}
