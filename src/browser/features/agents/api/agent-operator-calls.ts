import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendOperatorCall } from '../../../shared/api/mesos-operator-call';
import { clusterKeys, mesosKeys } from '../../../shared/api/query-keys';

export type AgentCall =
  | {
      type: 'DRAIN_AGENT';
      agentId: string;
      maxGracePeriodSeconds: number | null;
      markGone: boolean;
    }
  | { type: 'DEACTIVATE_AGENT' | 'REACTIVATE_AGENT' | 'MARK_AGENT_GONE'; agentId: string };

/** The v1 call's JSON: `{type, <type in lower case>: {agent_id: {value}, ...}}`. */
export function agentCallBody(call: AgentCall): { type: string } & Record<string, unknown> {
  const body: Record<string, unknown> = { agent_id: { value: call.agentId } };
  if (call.type === 'DRAIN_AGENT') {
    if (call.maxGracePeriodSeconds !== null) {
      body['max_grace_period'] = { nanoseconds: call.maxGracePeriodSeconds * 1e9 };
    }
    body['mark_gone'] = call.markGone;
  }
  return { type: call.type, [call.type.toLowerCase()]: body };
}

/** Drain, deactivate, reactivate or mark gone; the agent list and modes are read again after. */
export function useAgentCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: AgentCall) => sendOperatorCall(agentCallBody(call)),
    // Not awaited: the caller's onSuccess must run before the refetch can unmount its dialog.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: mesosKeys.agentModes() });
      void queryClient.invalidateQueries({ queryKey: clusterKeys.agents() });
    },
  });
}
