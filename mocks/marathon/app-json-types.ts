/**
 * The type checks Marathon's generated JSON readers apply before any validation. A wrong type is
 * a Play `JsResultException`: 400 "Invalid JSON" with `{path, errors}` per field. `null` reads as
 * "absent" for every optional field, as with Play's `readNullable`.
 */
import type { Violation } from './api-error';
import { isObject } from './json';

type Rule =
  | 'string'
  | 'number'
  | 'int'
  | 'boolean'
  | 'stringMap'
  | 'env'
  | 'any'
  | { enum: string[] }
  | { array: Rule }
  | { object: Record<string, Rule> };

const labels: Rule = 'stringMap';
const portMapping: Rule = {
  object: {
    containerPort: 'int',
    hostPort: 'int',
    servicePort: 'int',
    protocol: 'string',
    name: 'string',
    labels,
    networkNames: { array: 'string' },
  },
};
const docker: Rule = {
  object: {
    image: 'string',
    network: { enum: ['HOST', 'BRIDGE', 'USER', 'NONE'] },
    portMappings: { array: portMapping },
    privileged: 'boolean',
    forcePullImage: 'boolean',
    parameters: { array: { object: { key: 'string', value: 'string' } } },
  },
};
const container: Rule = {
  object: {
    type: { enum: ['DOCKER', 'MESOS'] },
    docker,
    portMappings: { array: portMapping },
    volumes: {
      array: {
        object: {
          containerPath: 'string',
          hostPath: 'string',
          mode: { enum: ['RW', 'RO'] },
          persistent: {
            object: { type: { enum: ['root', 'path', 'mount'] }, size: 'int', maxSize: 'int' },
          },
        },
      },
    },
  },
};
const healthCheck: Rule = {
  object: {
    protocol: {
      enum: ['HTTP', 'HTTPS', 'TCP', 'COMMAND', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP'],
    },
    path: 'string',
    portIndex: 'int',
    port: 'int',
    command: { object: { value: 'string' } },
    gracePeriodSeconds: 'int',
    intervalSeconds: 'int',
    timeoutSeconds: 'int',
    maxConsecutiveFailures: 'int',
    delaySeconds: 'int',
    ignoreHttp1xx: 'boolean',
  },
};

const APP_FIELDS: Record<string, Rule> = {
  id: 'string',
  cmd: 'string',
  args: { array: 'string' },
  user: 'string',
  env: 'env',
  instances: 'int',
  cpus: 'number',
  mem: 'number',
  disk: 'number',
  gpus: 'int',
  executor: 'string',
  constraints: { array: { array: 'string' } },
  container,
  networks: {
    array: {
      object: { mode: { enum: ['host', 'container', 'container/bridge'] }, name: 'string', labels },
    },
  },
  portDefinitions: {
    array: { object: { port: 'int', protocol: 'string', name: 'string', labels } },
  },
  ports: { array: 'int' },
  requirePorts: 'boolean',
  healthChecks: { array: healthCheck },
  readinessChecks: { array: 'any' },
  labels,
  backoffSeconds: 'number',
  backoffFactor: 'number',
  maxLaunchDelaySeconds: 'number',
  upgradeStrategy: { object: { minimumHealthCapacity: 'number', maximumOverCapacity: 'number' } },
  acceptedResourceRoles: { array: 'string' },
  fetch: {
    array: {
      object: { uri: 'string', executable: 'boolean', extract: 'boolean', cache: 'boolean' },
    },
  },
  uris: { array: 'string' },
  dependencies: { array: 'string' },
  killSelection: { enum: ['YOUNGEST_FIRST', 'OLDEST_FIRST'] },
  taskKillGracePeriodSeconds: 'int',
  ipAddress: 'any',
  unreachableStrategy: 'any',
  secrets: 'any',
  residency: {
    object: {
      relaunchEscalationTimeoutSeconds: 'int',
      taskLostBehavior: { enum: ['WAIT_FOREVER', 'RELAUNCH_AFTER_TIMEOUT'] },
    },
  },
  tty: 'boolean',
  role: 'string',
  version: 'string',
};

function check(value: unknown, rule: Rule, path: string, out: Violation[]): void {
  if (value === null || value === undefined || rule === 'any') return;
  const fail = (error: string): void => {
    out.push({ path, errors: [error] });
  };
  if (rule === 'string') {
    if (typeof value !== 'string') fail('error.expected.jsstring');
  } else if (rule === 'number') {
    if (typeof value !== 'number') fail('error.expected.jsnumber');
  } else if (rule === 'int') {
    if (typeof value !== 'number') fail('error.expected.jsnumber');
    else if (!Number.isInteger(value)) fail('error.expected.int');
  } else if (rule === 'boolean') {
    if (typeof value !== 'boolean') fail('error.expected.jsboolean');
  } else if (rule === 'stringMap' || rule === 'env') {
    if (!isObject(value)) return fail('error.expected.jsobject');
    for (const [key, entry] of Object.entries(value)) {
      const isSecretRef = rule === 'env' && isObject(entry) && typeof entry.secret === 'string';
      if (typeof entry !== 'string' && !isSecretRef) {
        out.push({ path: `${path}/${key}`, errors: ['error.expected.jsstring'] });
      }
    }
  } else if ('enum' in rule) {
    if (typeof value !== 'string') fail('error.expected.jsstring');
    else if (!rule.enum.includes(value)) fail('error.unknown.enum.literal');
  } else if ('array' in rule) {
    if (!Array.isArray(value)) return fail('error.expected.jsarray');
    value.forEach((item, index) => check(item, rule.array, `${path}(${index})`, out));
  } else {
    if (!isObject(value)) return fail('error.expected.jsobject');
    for (const [key, fieldRule] of Object.entries(rule.object)) {
      check(value[key], fieldRule, `${path}/${key}`, out);
    }
  }
}

/** Type errors of an app definition (create: `id` required) or an app update. */
export function appJsonTypeErrors(body: unknown, mode: 'create' | 'update'): Violation[] {
  if (!isObject(body)) return [{ path: '', errors: ['error.expected.jsobject'] }];
  const out: Violation[] = [];
  if (mode === 'create' && (body.id === undefined || body.id === null)) {
    out.push({ path: '/id', errors: ['error.path.missing'] });
  }
  for (const [key, rule] of Object.entries(APP_FIELDS)) check(body[key], rule, `/${key}`, out);
  return out;
}
