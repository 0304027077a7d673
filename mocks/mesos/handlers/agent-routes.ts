/** One agent's HTTP endpoints: its state (also under its libprocess id), metrics, files and usage. */
import { agentFlags, agentState } from '../agent-json';
import { executorStatistics } from '../agent-monitor';
import type { MesosModel } from '../mesos-model';
import { agentMetrics } from '../metrics-json';
import { openNodeLog } from '../node-logs';
import type { AgentRecord } from '../records';
import { filesRoute } from './files-routes';
import { mesosJson } from './mesos-responses';

export function agentResponse(model: MesosModel, agent: AgentRecord, url: URL): Response {
  // `/slave(1)/x` is the agent's delegate `/x`.
  const route = url.pathname.startsWith('/slave(1)/')
    ? url.pathname.slice('/slave(1)'.length)
    : url.pathname;
  switch (route) {
    case '/state':
      return mesosJson(url, agentState(model, agent));
    case '/health':
      return new Response(null, { status: 200 });
    case '/metrics/snapshot':
      return mesosJson(url, agentMetrics(model, agent));
    case '/flags':
      return mesosJson(url, { flags: agentFlags(agent) });
    case '/monitor/statistics':
    case '/monitor/statistics.json':
      return mesosJson(url, executorStatistics(model, agent));
  }
  const nodeLog = (path: string) => openNodeLog(model, { agent }, path);
  return filesRoute(model, agent, url, route, nodeLog) ?? new Response(null, { status: 404 });
}
