import type { MarathonError } from '../../src/api/marathon';

/** A Marathon error answer; thrown by route code and turned into a response by the dispatcher. */
export class MarathonApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: MarathonError,
  ) {
    super(body.message);
  }
}

export interface Violation {
  path: string;
  errors: string[];
}

export const appNotFound = (appId: string): MarathonApiError =>
  new MarathonApiError(404, { message: `App '${appId}' does not exist` });

export const taskNotFound = (taskId: string): MarathonApiError =>
  new MarathonApiError(404, { message: `Task '${taskId}' does not exist` });

export const groupNotFound = (groupId: string): MarathonApiError =>
  new MarathonApiError(404, { message: `Group '${groupId}' does not exist` });

export const deploymentNotFound = (id: string): MarathonApiError =>
  new MarathonApiError(404, { message: `DeploymentPlan ${id} does not exist` });

export const appExists = (appId: string): MarathonApiError =>
  new MarathonApiError(409, { message: `An app with id [${appId}] already exists.` });

export const appLocked = (deploymentIds: string[]): MarathonApiError =>
  new MarathonApiError(409, {
    message: `App is locked by one or more deployments. Override with the option '?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.`,
    deployments: deploymentIds.map((id) => ({ id })),
  });

/** JSON that parsed but has the wrong types: Play's JsResultException, 400. */
export const invalidJson = (details: Violation[]): MarathonApiError =>
  new MarathonApiError(400, { message: 'Invalid JSON', details });

/** Accord validation failure, 422. */
export const objectNotValid = (details: Violation[]): MarathonApiError =>
  new MarathonApiError(422, { message: 'Object is not valid', details });

/**
 * Normalisation failures (e.g. mixing `portMappings` with `docker.portMappings`) have no case in
 * Marathon's exception mapper, so they come back as 500 with the exception message.
 */
export const normalizationFailed = (message: string): MarathonApiError =>
  new MarathonApiError(500, { message });
