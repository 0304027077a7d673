/**
 * The operator writes masters had before (and kept beside) the v1 calls: maintenance
 * (`/master/maintenance/schedule`, `/master/machine/down|up`, POST) and quota and weights
 * (`/master/quota`, `/master/quota/<role>`, `/master/weights`). Only the leader answers them.
 */
import type { MesosModel } from '../mesos-model';
import { MAINTENANCE_WRITES } from '../operator-maintenance';
import { legacyRolesWrite, readJson } from '../operator-roles';
import { mesosText } from './mesos-responses';

type LegacyWrite = (model: MesosModel, request: Request) => Promise<Response>;

/** The handler of a non-GET request on `route`, or undefined when none is served there. */
export function legacyOperatorWrite(route: string): LegacyWrite | undefined {
  const maintenance = MAINTENANCE_WRITES[route];
  const roles = route === '/quota' || route.startsWith('/quota/') || route === '/weights';
  if (!maintenance && !roles) return undefined;
  return async (model, request) => {
    if (maintenance && request.method !== 'POST') {
      return mesosText(405, `Expecting 'POST', received '${request.method}'`);
    }
    let body: unknown;
    if (request.method !== 'DELETE') {
      const read = await readJson(request);
      if (read instanceof Response) return read;
      body = read.body;
    }
    return (
      (maintenance
        ? maintenance(model, body)
        : legacyRolesWrite(model, request.method, route, body)) ??
      mesosText(405, `Method '${request.method}' is not allowed on '${route}'`)
    );
  };
}
