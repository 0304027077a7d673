/**
 * A JSON Schema (draft-07) for Marathon app definitions, written for Monaco: completion, hover
 * documentation and inline validation. It follows Marathon's RAML types (1.4 to 1.10) but stays
 * open (`additionalProperties` allowed) so newer fields are not reported as errors. Fields Marathon
 * returns but refuses on PUT are marked with a deprecation message instead.
 */
import { MARATHON_STATUS_FIELDS } from '../../../../api/marathon';

export const APP_DEFINITION_SCHEMA_URI = 'inmemory://stadium/schemas/marathon-app.json';

type Schema = { [key: string]: unknown };

const port = (description: string): Schema => ({
  type: 'integer',
  minimum: 0,
  maximum: 65535,
  description,
});
const seconds = (description: string, defaultValue: number): Schema => ({
  type: 'integer',
  minimum: 0,
  default: defaultValue,
  description,
});
const stringMap = (description: string): Schema => ({
  type: 'object',
  additionalProperties: { type: 'string' },
  description,
});

const portMapping: Schema = {
  type: 'object',
  properties: {
    containerPort: port(
      'Port the application listens on inside the container. 0 (the default) means "the same as the assigned host port".',
    ),
    hostPort: port(
      'Port on the agent. 0 means Marathon picks a free port from the offer. A fixed port allows at most one instance per agent. In a USER (container) network, leave it out for no host port.',
    ),
    servicePort: port(
      'Well-known port for service discovery and load balancers. 0 or absent: Marathon assigns one (10000-20000 by default). Explicit service ports are not checked for uniqueness.',
    ),
    protocol: {
      enum: ['tcp', 'udp', 'udp,tcp'],
      default: 'tcp',
      description: 'Transport protocol.',
    },
    // Marathon itself returns null for an unset name or labels.
    name: {
      type: ['string', 'null'],
      description: 'Name of the port, unique within the app; exported as $PORT_<NAME>.',
    },
    labels: { ...stringMap('Labels of this port mapping.'), type: ['object', 'null'] },
    networkNames: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Container networks this mapping applies to (needed with several container networks and a hostPort).',
    },
  },
};

const healthCheck: Schema = {
  type: 'object',
  properties: {
    protocol: {
      enum: ['HTTP', 'HTTPS', 'TCP', 'COMMAND', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP'],
      default: 'HTTP',
      description:
        'How the check is made. MESOS_* checks run on the agent, the others from Marathon.',
    },
    path: {
      type: 'string',
      description: 'HTTP path to request (HTTP/HTTPS protocols only), e.g. /health.',
    },
    portIndex: {
      type: 'integer',
      minimum: 0,
      description: "Index into the app's ports (port mappings or port definitions) to check.",
    },
    port: port('A fixed port to check instead of portIndex.'),
    command: {
      type: 'object',
      properties: {
        value: { type: 'string', description: 'Shell command; exit code 0 means healthy.' },
      },
      description: 'The command for COMMAND checks.',
    },
    gracePeriodSeconds: seconds(
      'Failures are ignored for this long after the task starts, or until it is first healthy.',
      300,
    ),
    intervalSeconds: seconds('Seconds between checks.', 60),
    timeoutSeconds: seconds('Seconds after which a check counts as failed.', 20),
    maxConsecutiveFailures: seconds(
      'Consecutive failures after which the task is killed. 0 never kills.',
      3,
    ),
    delaySeconds: seconds('Seconds to wait before the first check (MESOS_* checks).', 15),
    ignoreHttp1xx: { type: 'boolean', description: 'Ignore HTTP 1xx responses.' },
  },
};

const network: Schema = {
  type: 'object',
  required: ['mode'],
  properties: {
    mode: {
      enum: ['host', 'container/bridge', 'container'],
      description:
        'host: the agent network. container/bridge: Docker bridge. container: a named container (USER) network.',
    },
    name: { type: 'string', description: 'Name of the container network (mode "container").' },
    labels: stringMap('Labels passed to the network.'),
  },
};

const volume: Schema = {
  type: 'object',
  properties: {
    containerPath: { type: 'string', description: 'Path inside the container.' },
    hostPath: { type: 'string', description: 'Path on the agent (host volumes).' },
    mode: { enum: ['RW', 'RO'], description: 'Read-write or read-only.' },
    persistent: {
      type: 'object',
      description: 'Local persistent volume: { "size": MiB, "type": "root" | "path" | "mount" }.',
    },
    external: { type: 'object', description: 'External volume (for example REX-Ray).' },
  },
};

const container: Schema = {
  type: ['object', 'null'],
  properties: {
    type: {
      enum: ['DOCKER', 'MESOS'],
      default: 'DOCKER',
      description:
        'DOCKER uses the Docker daemon; MESOS is the Mesos containerizer (can also run Docker images).',
    },
    docker: {
      type: 'object',
      properties: {
        image: { type: 'string', description: 'The image to run, e.g. docker.io/nginx.' },
        network: {
          enum: ['BRIDGE', 'HOST', 'USER', 'NONE'],
          description:
            'Marathon <= 1.4 form; 1.5+ accepts it and writes "networks" instead. Do not mix it with "networks".',
        },
        portMappings: {
          type: 'array',
          items: portMapping,
          description: 'Marathon <= 1.4 form of container.portMappings. Do not set both.',
        },
        forcePullImage: {
          type: 'boolean',
          default: false,
          description: 'Pull the image before every launch.',
        },
        privileged: {
          type: 'boolean',
          default: false,
          description: 'Run the container privileged.',
        },
        parameters: {
          type: 'array',
          items: {
            type: 'object',
            required: ['key', 'value'],
            properties: { key: { type: 'string' }, value: { type: 'string' } },
          },
          description:
            'Extra docker run parameters, e.g. { "key": "log-driver", "value": "none" }.',
        },
      },
    },
    portMappings: {
      type: 'array',
      items: portMapping,
      description: 'Ports of a bridge or container network.',
    },
    volumes: { type: 'array', items: volume, description: 'Volumes mounted into the container.' },
  },
};

const statusField: Schema = {
  deprecationMessage:
    'Marathon returns this field but refuses it in a request (a "version" even turns a PUT into a rollback). Remove it.',
  doNotSuggest: true,
};

export const appDefinitionSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Marathon app definition',
  type: 'object',
  required: ['id'],
  properties: {
    id: {
      type: 'string',
      pattern: '^/?(([a-z0-9]|[a-z0-9][a-z0-9\\-.]*[a-z0-9])(/|$))+$',
      description:
        'Unique path of the app, e.g. /prod/web. Segments use a-z, 0-9, "-" and "."; they may not start or end with "-".',
    },
    cmd: {
      type: ['string', 'null'],
      description: 'Command run by /bin/sh -c. Use either cmd or args, not both.',
    },
    args: {
      type: ['array', 'null'],
      items: { type: 'string' },
      description:
        'Command as an argument list (passed to the Docker entrypoint). Use either cmd or args.',
    },
    user: { type: ['string', 'null'], description: 'User to run the tasks as on the agent.' },
    instances: {
      type: 'integer',
      minimum: 0,
      default: 1,
      description: 'Number of instances to run.',
    },
    cpus: {
      type: 'number',
      minimum: 0.001,
      default: 1,
      description: 'CPU shares per instance (fractions allowed).',
    },
    mem: { type: 'number', minimum: 0, default: 128, description: 'Memory per instance, in MiB.' },
    disk: {
      type: 'number',
      minimum: 0,
      default: 0,
      description: 'Disk space per instance, in MiB.',
    },
    gpus: { type: 'integer', minimum: 0, default: 0, description: 'GPUs per instance.' },
    executor: {
      type: 'string',
      description: 'Executor to use; empty or //cmd for the command executor.',
    },
    env: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            required: ['secret'],
            properties: {
              secret: { type: 'string', description: 'Name of an entry in "secrets".' },
            },
          },
        ],
      },
      description:
        'Environment variables: a string, or { "secret": "<name>" } to reference a secret.',
    },
    secrets: {
      type: 'object',
      additionalProperties: { type: 'object', properties: { source: { type: 'string' } } },
      description: 'Secrets from the secret store: { "<name>": { "source": "<path>" } }.',
    },
    labels: stringMap('Key/value metadata, e.g. HAPROXY_GROUP. Values are strings.'),
    constraints: {
      type: 'array',
      items: {
        type: 'array',
        minItems: 2,
        maxItems: 3,
        items: [
          {
            type: 'string',
            description: 'hostname, @hostname, @region, @zone or an agent attribute.',
          },
          {
            enum: ['UNIQUE', 'CLUSTER', 'GROUP_BY', 'LIKE', 'UNLIKE', 'MAX_PER', 'IS'],
            description:
              'UNIQUE: at most one instance per value (no third element). CLUSTER: all on one value. GROUP_BY: spread evenly (optional count). LIKE/UNLIKE: regex. MAX_PER: integer limit. IS: exact value.',
          },
          { type: 'string', description: 'Value for the operator (MAX_PER needs an integer).' },
        ],
      },
      description: 'Placement rules: [field, OPERATOR] or [field, OPERATOR, value].',
    },
    acceptedResourceRoles: {
      type: ['array', 'null'],
      items: { type: 'string' },
      description:
        'Only accept offers with resources of these roles, e.g. ["*"] or ["slave_public"].',
    },
    container,
    networks: {
      type: 'array',
      items: network,
      description:
        'Marathon 1.5+ networking: one host network, one container/bridge network, or container networks.',
    },
    ipAddress: {
      type: ['object', 'null'],
      properties: {
        networkName: { type: 'string', description: 'Name of the IP-per-task network.' },
        groups: { type: 'array', items: { type: 'string' } },
        labels: stringMap('Labels passed to the network.'),
        discovery: { type: 'object' },
      },
      description:
        'Marathon <= 1.4 IP-per-task networking; 1.5+ writes "networks" instead. Do not mix them.',
    },
    portDefinitions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          port: port('Service port (host port too with requirePorts). 0 picks one.'),
          protocol: { enum: ['tcp', 'udp', 'udp,tcp'], default: 'tcp' },
          name: { type: 'string' },
          labels: stringMap('Labels of this port.'),
        },
      },
      description: 'Ports in host networking. Ignored in bridge and container networks.',
    },
    ports: {
      type: 'array',
      items: { type: 'integer' },
      description: 'Deprecated: use portDefinitions.',
    },
    requirePorts: {
      type: 'boolean',
      default: false,
      description:
        'Host networking: use the given ports as host ports (only agents with them free qualify).',
    },
    healthChecks: {
      type: 'array',
      items: healthCheck,
      description: 'Health checks of each instance.',
    },
    readinessChecks: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          protocol: { enum: ['HTTP', 'HTTPS'] },
          path: { type: 'string' },
          portName: { type: 'string' },
          intervalSeconds: { type: 'integer', minimum: 0 },
          timeoutSeconds: { type: 'integer', minimum: 0 },
          httpStatusCodesForReady: { type: 'array', items: { type: 'integer' } },
          preserveLastResponse: { type: 'boolean' },
        },
      },
      description: 'Checks that must pass before a deployment continues past a new instance.',
    },
    dependencies: {
      type: 'array',
      items: { type: 'string' },
      description: 'Apps this one depends on (start order).',
    },
    upgradeStrategy: {
      type: 'object',
      properties: {
        minimumHealthCapacity: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 1,
          description: 'Fraction of instances that must stay healthy during an upgrade.',
        },
        maximumOverCapacity: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          default: 1,
          description: 'Fraction of extra instances that may run during an upgrade.',
        },
      },
      description:
        'How old instances are replaced. With fixed host ports or few agents, use maximumOverCapacity 0.',
    },
    unreachableStrategy: {
      anyOf: [
        { const: 'disabled' },
        {
          type: 'object',
          properties: {
            inactiveAfterSeconds: { type: 'integer', minimum: 0, default: 0 },
            expungeAfterSeconds: { type: 'integer', minimum: 0, default: 0 },
          },
        },
      ],
      description:
        'What happens to unreachable instances: "disabled", or when to replace and expunge them.',
    },
    killSelection: {
      enum: ['YOUNGEST_FIRST', 'OLDEST_FIRST'],
      description: 'Which instances to kill when scaling down.',
    },
    backoffSeconds: seconds('Initial launch delay after a failure.', 1),
    backoffFactor: {
      type: 'number',
      minimum: 1,
      default: 1.15,
      description: 'Multiplier of the delay per failure.',
    },
    maxLaunchDelaySeconds: seconds('Upper bound of the launch delay.', 300),
    taskKillGracePeriodSeconds: {
      type: 'integer',
      minimum: 0,
      description: 'Seconds between SIGTERM and SIGKILL.',
    },
    fetch: {
      type: 'array',
      items: {
        type: 'object',
        required: ['uri'],
        properties: {
          uri: { type: 'string' },
          executable: { type: 'boolean' },
          extract: { type: 'boolean' },
          cache: { type: 'boolean' },
          destPath: { type: 'string' },
        },
      },
      description: 'Artifacts the Mesos fetcher downloads into the sandbox before launch.',
    },
    uris: { type: 'array', items: { type: 'string' }, description: 'Deprecated: use fetch.' },
    residency: {
      type: ['object', 'null'],
      description: 'Deprecated and without effect (local persistent volumes).',
    },
    tty: { type: 'boolean', description: 'Allocate a TTY for the process.' },
    role: { type: 'string', description: 'Mesos role of the app (Marathon 1.9+).' },
    ...Object.fromEntries(MARATHON_STATUS_FIELDS.map((field) => [field, statusField])),
  },
  additionalProperties: true,
};
