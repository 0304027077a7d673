/**
 * What other features may use of deployments: Marathon writes followed to the end of their
 * deployments, and the dialog, error and status region that show them.
 */
export { deploymentIdOf, lockingDeploymentIds } from './api/deployment-id';
export { useDeployments } from './api/get-deployments';
export { ActionDialog } from './components/action-dialog';
export { IdField, NumberField } from './components/dialog-fields';
export { TypeIdDialog } from './components/type-id-dialog';
export { DeploymentProgress } from './components/deployment-progress';
export { WriteError } from './components/write-error';
export { WriteStatusRegion } from './components/write-status-region';
export { useMarathonWrite, type SentWrite } from './follow/use-marathon-write';
