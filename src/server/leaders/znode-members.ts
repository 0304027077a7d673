import type { KnownNode } from './leader-state';

/** One child of a watched znode, with its data (null when it vanished before it could be read). */
export interface Znode {
  name: string;
  data: Buffer | null;
}

/** What a side's znodes say: every member that can be addressed, and the leader's URL. */
export interface ZnodeReading {
  members: KnownNode[];
  leader: string | null;
  /** Why there is no leader, when there is none. */
  problem?: string;
  /** Members whose data Stadium cannot use, each with the reason; shown, never followed. */
  unreadable: UnreadableMember[];
}

export interface UnreadableMember {
  /** The znode's name, e.g. `json.info_0000000003`. */
  name: string;
  problem: string;
}
