import type { SideRules } from './leader-forwarder';

export const MESOS_RULES: SideRules = {
  side: 'mesos',
  noun: 'Mesos master',
  plural: 'masters',
  flag: '--mesos',
  // 503 "No leader elected" during elections; 502 from a load balancer in front of a master.
  rediscoverOn: [502, 503],
};

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const MARATHON_RULES: SideRules = {
  side: 'marathon',
  noun: 'Marathon instance',
  plural: 'Marathon instances',
  flag: '--marathon',
  // A standby that cannot reach a leader answers 502 (>= 1.7) or 503 (<= 1.6).
  rediscoverOn: [502, 503],
  inspect({ origin, response }, discovery) {
    const leader = firstHeader(response.headers['x-marathon-leader']);
    const via = firstHeader(response.headers['x-marathon-via']);
    if (leader) {
      discovery.adopt(
        leader,
        via ? `${origin} is a standby (X-Marathon-Via)` : 'X-Marathon-Leader',
      );
    } else if (via) {
      void discovery.rediscover();
    }
  },
};
