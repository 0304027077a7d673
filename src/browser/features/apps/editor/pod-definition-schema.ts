/**
 * A JSON Schema (draft-07) for Marathon pod definitions (Marathon >= 1.4), written for Monaco:
 * completion, hover documentation and inline validation of the fields operators write. Open like
 * the app schema (`additionalProperties` allowed), so newer fields are not reported as errors.
 */
export const POD_DEFINITION_SCHEMA_URI = 'inmemory://stadium/schemas/marathon-pod.json';

type Schema = { [key: string]: unknown };

const NAME_PATTERN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';

const name = (description: string): Schema => ({
  type: 'string',
  pattern: NAME_PATTERN,
  description: `${description} Lowercase letters, digits and dashes.`,
});
const stringMap = (description: string): Schema => ({
  type: 'object',
  additionalProperties: { type: 'string' },
  description,
});
const number = (description: string, minimum: number, defaultValue?: number): Schema => ({
  type: 'number',
  minimum,
  ...(defaultValue === undefined ? {} : { default: defaultValue }),
  description,
});

const resources: Schema = {
  type: 'object',
  description: 'What this container reserves on the agent.',
  properties: {
    cpus: number('CPU shares.', 0.001, 1),
    mem: number('Memory in MiB.', 0.001, 128),
    disk: number('Disk in MiB.', 0, 0),
    gpus: { type: 'integer', minimum: 0, default: 0, description: 'GPUs.' },
  },
};

const endpoint: Schema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: name('Name of the endpoint; health checks refer to it.'),
    containerPort: {
      type: 'integer',
      minimum: 0,
      maximum: 65535,
      description: 'Port inside the container (container networks).',
    },
    hostPort: {
      type: 'integer',
      minimum: 0,
      maximum: 65535,
      description:
        'Port on the agent: 0 lets Marathon pick one from the offer; leave it out for none.',
    },
    protocol: {
      type: 'array',
      items: { enum: ['tcp', 'udp'] },
      default: ['tcp'],
    },
    labels: stringMap('Labels of the endpoint (service discovery reads them).'),
  },
};

const healthCheck: Schema = {
  type: 'object',
  description:
    'Checked by the executor. Exactly one of http, tcp or exec; http and tcp name an endpoint.',
  properties: {
    http: {
      type: 'object',
      required: ['endpoint'],
      properties: {
        endpoint: { type: 'string', description: 'Endpoint name.' },
        path: { type: 'string', default: '/' },
        scheme: { enum: ['HTTP', 'HTTPS'], default: 'HTTP' },
      },
    },
    tcp: {
      type: 'object',
      required: ['endpoint'],
      properties: { endpoint: { type: 'string', description: 'Endpoint name.' } },
    },
    exec: {
      type: 'object',
      properties: { command: { type: 'object', properties: { shell: { type: 'string' } } } },
    },
    gracePeriodSeconds: number('Failures in this time after start do not count.', 0, 300),
    intervalSeconds: number('Time between checks.', 0, 60),
    maxConsecutiveFailures: number('Failures in a row before the instance is killed.', 0, 3),
    timeoutSeconds: number('A check taking longer fails.', 0, 20),
    delaySeconds: number('Wait before the first check.', 0, 15),
  },
};

const container: Schema = {
  type: 'object',
  required: ['name', 'resources'],
  properties: {
    name: name('Name of the container, unique in the pod.'),
    resources,
    image: {
      type: 'object',
      required: ['kind', 'id'],
      properties: {
        kind: { enum: ['DOCKER', 'APPC'], default: 'DOCKER' },
        id: { type: 'string', minLength: 1, description: 'Image name, e.g. nginx:1.25.' },
        forcePull: { type: 'boolean', default: false },
      },
    },
    exec: {
      type: 'object',
      properties: {
        command: {
          type: 'object',
          properties: {
            shell: { type: 'string', description: 'Run with /bin/sh -c.' },
            argv: { type: 'array', items: { type: 'string' } },
          },
        },
        overrideEntrypoint: { type: 'boolean' },
      },
    },
    endpoints: { type: 'array', items: endpoint },
    environment: stringMap('Environment of this container (overrides the pod).'),
    user: { type: 'string' },
    healthCheck,
    volumeMounts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'mountPath'],
        properties: {
          name: { type: 'string', description: 'A volume of the pod.' },
          mountPath: { type: 'string' },
          readOnly: { type: 'boolean' },
        },
      },
    },
    labels: stringMap('Labels of the container.'),
    lifecycle: {
      type: 'object',
      properties: { killGracePeriodSeconds: number('Time between SIGTERM and SIGKILL.', 0) },
    },
  },
};

export const podDefinitionSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Marathon pod',
  type: 'object',
  required: ['id', 'containers'],
  properties: {
    id: {
      type: 'string',
      description: 'Path of the pod, e.g. /shop/cart. Groups are made from its folders.',
    },
    labels: stringMap('Labels of the pod.'),
    user: { type: 'string' },
    environment: stringMap('Environment for every container.'),
    containers: {
      type: 'array',
      minItems: 1,
      items: container,
      description: 'Containers launched together on one agent, sharing network and volumes.',
    },
    volumes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: name('Name the containers mount it by.'),
          host: { type: 'string', description: 'Path on the agent (host volume).' },
          persistent: {
            type: 'object',
            description: 'A local persistent volume: the pod becomes resident on its agent.',
            properties: { size: number('Size in MiB.', 1) },
          },
        },
      },
    },
    networks: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          mode: { enum: ['host', 'container', 'container/bridge'], default: 'host' },
          name: { type: 'string' },
          labels: stringMap('Labels of the network.'),
        },
      },
    },
    scaling: {
      type: 'object',
      properties: {
        kind: { enum: ['fixed'], default: 'fixed' },
        instances: { type: 'integer', minimum: 0, default: 1 },
        maxInstances: { type: 'integer', minimum: 0 },
      },
    },
    scheduling: {
      type: 'object',
      properties: {
        backoff: {
          type: 'object',
          properties: {
            backoff: number('Seconds before relaunching a failed instance.', 0, 1),
            backoffFactor: number('Multiplies the backoff after each failure.', 0, 1.15),
            maxLaunchDelay: number('Longest backoff, in seconds.', 0, 300),
          },
        },
        upgrade: {
          type: 'object',
          properties: {
            minimumHealthCapacity: { type: 'number', minimum: 0, maximum: 1, default: 1 },
            maximumOverCapacity: { type: 'number', minimum: 0, maximum: 1, default: 1 },
          },
        },
        placement: {
          type: 'object',
          properties: {
            constraints: { type: 'array', items: { type: 'object' } },
            acceptedResourceRoles: { type: 'array', items: { type: 'string' } },
          },
        },
        killSelection: { enum: ['YOUNGEST_FIRST', 'OLDEST_FIRST'] },
      },
    },
    executorResources: {
      type: 'object',
      description: 'What the pod executor itself reserves, on top of the containers.',
      properties: {
        cpus: number('CPU shares.', 0.1, 0.1),
        mem: number('Memory in MiB.', 32, 32),
        disk: number('Disk in MiB.', 10, 10),
      },
    },
    version: {
      type: 'string',
      deprecationMessage: 'Set by Marathon; Stadium leaves it out when it sends the pod.',
    },
  },
};
