/**
 * How a master writes an agent's deactivation and drain (Mesos >= 1.9, `DrainInfo` in
 * mesos.proto): the same fields in v0 (`/master/state`, `/master/slaves`) and v1 (`GET_AGENTS`).
 */
import type { AgentRecord } from './records';

const NANOS_PER_MS = 1_000_000;

export function agentDrainJson(agent: AgentRecord) {
  const { drain } = agent;
  return {
    deactivated: !agent.active || agent.deactivated,
    ...(drain && {
      drain_info: {
        state: drain.state,
        config: {
          ...(drain.maxGracePeriodMs !== null && {
            max_grace_period: { nanoseconds: drain.maxGracePeriodMs * NANOS_PER_MS },
          }),
          mark_gone: drain.markGone,
        },
      },
    }),
  };
}
