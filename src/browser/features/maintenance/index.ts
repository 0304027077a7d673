/** What other features use of maintenance: the schedule, the status and machine names. */
export { AgentLinks } from './components/agent-links';
export { useMaintenanceSchedule, useMaintenanceStatus } from './api/get-maintenance';
export { agentMachine, describeMachine, machineKey, scheduledWindows } from './utils/machines';
