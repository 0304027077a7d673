/**
 * Resident apps: apps with local persistent volumes (`container.volumes[].persistent`). Marathon
 * reserves resources and creates the volumes on the agent of the first launch; the instance then
 * stays on that agent, reusing the volumes after every kill, until a kill with `wipe=true`
 * unreserves them (RAML apps.raml, `wipe`). The app's `residency` is defaulted, its upgrade
 * strategy must not over-provision (a reservation cannot be in two places).
 */
import type { MarathonLocalVolume } from '../../src/api/marathon';
import type { Violation } from './api-error';
import { isObject, type JsonObject } from './json';
import { safeAppPath } from './time-and-ids';

/** Volumes and reservation kept on one agent for one instance of a resident app. */
export interface Reservation {
  id: string;
  appId: string;
  agentId: string;
  host: string;
  volumes: MarathonLocalVolume[];
}

export const DEFAULT_RESIDENCY = {
  relaunchEscalationTimeoutSeconds: 3600,
  taskLostBehavior: 'WAIT_FOREVER',
};
/** `UpgradeStrategy.forResidentTasks`: the default of an app with persistent volumes. */
export const RESIDENT_UPGRADE_STRATEGY = { maximumOverCapacity: 0, minimumHealthCapacity: 0.5 };

function volumesOf(app: JsonObject): JsonObject[] {
  const container = isObject(app.container) ? app.container : {};
  return Array.isArray(container.volumes) ? (container.volumes as JsonObject[]) : [];
}

export function isResident(app: JsonObject | undefined): boolean {
  return app !== undefined && volumesOf(app).some((volume) => isObject(volume.persistent));
}

/** The 422 rules Marathon adds for persistent volumes and residency (canonical app). */
export function residencyViolations(app: JsonObject): Violation[] {
  const out: Violation[] = [];
  const add = (path: string, error: string) => out.push({ path, errors: [error] });
  const resident = isResident(app);
  if (isObject(app.residency) !== resident) {
    add('/', 'AppDefinition must contain persistent volumes and define residency');
  }
  volumesOf(app).forEach((volume, i) => {
    if (!isObject(volume.persistent)) return;
    const path = `/container/volumes(${i})`;
    if (String(volume.containerPath ?? '').includes('/')) {
      add(`${path}/containerPath`, 'value must not contain "/"');
    }
    if (volume.mode !== 'RW') add(`${path}/mode`, 'is not equal to RW');
    const size = volume.persistent.size;
    if (typeof size !== 'number') add(`${path}/persistent/size`, 'is a required property');
    else if (size <= 0) add(`${path}/persistent/size`, `got ${size}, expected more than 0`);
  });
  if (resident) {
    const upgrade = isObject(app.upgradeStrategy) ? app.upgradeStrategy : {};
    const minimum = Number(upgrade.minimumHealthCapacity);
    const over = Number(upgrade.maximumOverCapacity);
    if (minimum > 0.5) {
      add('/upgradeStrategy/minimumHealthCapacity', `got ${minimum}, expected 0.5 or less`);
    }
    if (over !== 0) add('/upgradeStrategy/maximumOverCapacity', `got ${over}, expected 0.0`);
  }
  return out;
}

/** A new reservation on `agentId` for one instance: one volume per persistent volume. */
export function reserve(
  app: JsonObject,
  agentId: string,
  host: string,
  uuid: () => string,
): Reservation {
  const appId = String(app.id);
  const volumes = volumesOf(app)
    .filter((volume) => isObject(volume.persistent))
    .map((volume) => {
      const containerPath = String(volume.containerPath);
      const id = uuid();
      // LocalVolumeId.idString: `<safePath>#<containerPath>#<uuid>`.
      return {
        runSpecId: appId,
        containerPath,
        uuid: id,
        persistenceId: `${safeAppPath(appId)}#${containerPath}#${id}`,
      };
    });
  return { id: uuid(), appId, agentId, host, volumes };
}
