/** Service ports: `0` gets the next free one from `--local_port_min/max` (10000-20000). */
import { networkModeOf } from './app-canonical';
import { isObject, type JsonObject } from './json';

const LOCAL_PORT_MIN = 10000;
const LOCAL_PORT_MAX = 20000;

function portSlots(app: JsonObject): { entry: JsonObject; key: 'port' | 'servicePort' }[] {
  if (networkModeOf(app) === 'host') {
    const definitions = (app.portDefinitions as JsonObject[] | undefined) ?? [];
    return definitions.map((entry) => ({ entry, key: 'port' as const }));
  }
  const container = isObject(app.container) ? app.container : {};
  const mappings = (container.portMappings as JsonObject[] | undefined) ?? [];
  return mappings.map((entry) => ({ entry, key: 'servicePort' as const }));
}

export function servicePortsOf(app: JsonObject): number[] {
  return portSlots(app).map(({ entry, key }) => Number(entry[key] ?? 0));
}

/**
 * Fills the zero service ports of `app` in place, avoiding `used` (other apps' ports) and the
 * app's own explicit ports; explicit ports are never checked across apps (Marathon >= 1.4).
 */
export function assignServicePorts(app: JsonObject, used: Set<number>): void {
  const slots = portSlots(app);
  const taken = new Set([...used, ...slots.map(({ entry, key }) => Number(entry[key] ?? 0))]);
  let next = LOCAL_PORT_MIN;
  for (const { entry, key } of slots) {
    if (Number(entry[key] ?? 0) !== 0) continue;
    while (taken.has(next) && next < LOCAL_PORT_MAX) next += 1;
    entry[key] = next;
    taken.add(next);
  }
}
