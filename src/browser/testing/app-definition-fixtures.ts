/**
 * App definitions shaped like the ones operators send (the seed's deployment log, Marathon 1.4
 * and 1.5+ networking, the features the form does not cover). Written for Stadium's tests; the
 * texts are kept as users format them, so tests also prove untouched text stays untouched.
 */

/** The seed's nginx.json: the Marathon 1.4 network form (the e2e pastes it into the editor). */
export const SEED_NGINX_DEFINITION = `{
  "id": "nginx",
  "cpus": 0.2,
  "mem": 32.0,
  "instances": 1,
  "constraints": [["hostname", "UNIQUE", ""]],
  "container": {
    "type": "DOCKER",
    "docker": {
      "image": "docker.io/nginx",
      "network": "BRIDGE",
      "portMappings": [
        { "containerPort": 80, "hostPort": 0, "servicePort": 0, "protocol": "tcp" }
      ]
    }
  }
}`;

export interface AppFixture {
  name: string;
  text: string;
}

export const APP_FIXTURES: readonly AppFixture[] = [
  {
    name: 'seed nginx (1.4 BRIDGE, UNIQUE with empty value)',
    text: SEED_NGINX_DEFINITION,
  },
  {
    name: 'seed tomcat',
    text: `{"id":"tomcat","cpus":1,"mem":128,"instances":1,"constraints":[["hostname","UNIQUE",""]],"container":{"type":"DOCKER","docker":{"image":"docker.io/tomcat","network":"BRIDGE","portMappings":[{"containerPort":8080,"hostPort":0,"servicePort":0,"protocol":"tcp"}]}}}`,
  },
  {
    name: 'seed basic-0 shell command',
    text: `{
  "id": "basic-0",
  "cmd": "while [ true ] ; do echo 'Hello hello' >> /mnt/test ; sleep 5 ; done",
  "cpus": 0.1,
  "mem": 10.0,
  "instances": 1
}`,
  },
  {
    name: 'fixed host and service port',
    text: `{
  "id": "/web/nginx-fixed",
  "cpus": 0.2,
  "mem": 32,
  "instances": 2,
  "constraints": [["hostname", "UNIQUE"]],
  "container": {
    "type": "DOCKER",
    "docker": {
      "image": "docker.io/nginx:1.25",
      "network": "BRIDGE",
      "forcePullImage": true,
      "portMappings": [{ "containerPort": 80, "hostPort": 31030, "servicePort": 33180, "protocol": "tcp", "name": "http" }]
    }
  }
}`,
  },
  {
    name: 'host volume, null cmd, nulls inside the port mapping',
    text: `{
  "id": "nginx-volume",
  "cmd": null,
  "cpus": 1,
  "mem": 128,
  "disk": 0,
  "instances": 1,
  "container": {
    "docker": {
      "image": "docker.io/nginx",
      "network": "BRIDGE",
      "portMappings": [{ "containerPort": 80, "protocol": "tcp", "name": null, "labels": null }]
    },
    "type": "DOCKER",
    "volumes": [{ "containerPath": "/usr/share/nginx/html", "hostPath": "/opt/web/www", "mode": "RW" }]
  }
}`,
  },
  {
    name: '1.5+ bridge with container.portMappings and labels',
    text: `{
  "id": "/prod/api",
  "cpus": 0.5,
  "mem": 256,
  "instances": 3,
  "container": {
    "type": "DOCKER",
    "docker": { "image": "registry.local/api:2.1", "privileged": false, "parameters": [{ "key": "log-driver", "value": "none" }] },
    "portMappings": [
      { "containerPort": 8080, "hostPort": 0, "servicePort": 10101, "protocol": "tcp", "name": "http", "labels": { "VIP_0": "/api:80" } },
      { "containerPort": 9090, "hostPort": 0, "protocol": "udp,tcp", "name": "metrics" }
    ]
  },
  "networks": [{ "mode": "container/bridge" }],
  "labels": { "HAPROXY_GROUP": "external", "com.example.team": "payments" },
  "env": { "JAVA_OPTS": "-Xmx200m", "PROFILE": "prod" }
}`,
  },
  {
    name: '1.4 USER network with ipAddress',
    text: `{
  "id": "/ipt/redis",
  "cmd": "redis-server --port $PORT0",
  "cpus": 0.25,
  "mem": 64,
  "instances": 1,
  "container": {
    "type": "DOCKER",
    "docker": {
      "image": "redis:7",
      "network": "USER",
      "portMappings": [{ "containerPort": 6379, "protocol": "tcp", "name": "redis" }]
    }
  },
  "ipAddress": {
    "networkName": "dcos",
    "groups": ["backend"],
    "labels": { "zone": "a" },
    "discovery": { "ports": [] }
  }
}`,
  },
  {
    name: '1.5+ USER networks, MESOS container with a docker image, several networks',
    text: `{
  "id": "/ipt/mesos-app",
  "cmd": "./serve",
  "cpus": 0.5,
  "mem": 128,
  "instances": 2,
  "container": {
    "type": "MESOS",
    "docker": { "image": "busybox", "pullConfig": { "secret": "pull-secret" } },
    "portMappings": [{ "containerPort": 80, "hostPort": 0, "networkNames": ["dcos"], "name": "web" }],
    "linuxInfo": { "seccomp": { "unconfined": true } }
  },
  "networks": [
    { "mode": "container", "name": "dcos", "labels": { "netlabel": "x" } },
    { "mode": "container", "name": "overlay-2" }
  ]
}`,
  },
  {
    name: 'HTTP, HTTPS and TCP health checks',
    text: `{
  "id": "/checked/web",
  "cpus": 0.1,
  "mem": 64,
  "instances": 1,
  "container": {
    "type": "DOCKER",
    "docker": { "image": "docker.io/nginx", "network": "BRIDGE", "portMappings": [{ "containerPort": 80, "hostPort": 0 }, { "containerPort": 443, "hostPort": 0 }] }
  },
  "healthChecks": [
    { "protocol": "HTTP", "path": "/health", "portIndex": 0, "gracePeriodSeconds": 300, "intervalSeconds": 60, "timeoutSeconds": 20, "maxConsecutiveFailures": 3, "ignoreHttp1xx": false },
    { "protocol": "HTTPS", "path": "/", "portIndex": 1, "ipProtocol": "IPv4" },
    { "protocol": "TCP", "portIndex": 0, "intervalSeconds": 10 }
  ]
}`,
  },
  {
    name: 'COMMAND and MESOS_* health checks',
    text: `{
  "id": "/checked/worker",
  "cmd": "python3 -m http.server $PORT0",
  "cpus": 0.1,
  "mem": 64,
  "instances": 1,
  "portDefinitions": [{ "port": 0, "protocol": "tcp", "name": "http" }],
  "healthChecks": [
    { "protocol": "COMMAND", "command": { "value": "curl -f http://localhost:$PORT0/" }, "maxConsecutiveFailures": 0 },
    { "protocol": "MESOS_HTTP", "path": "/", "portIndex": 0, "delaySeconds": 15 },
    { "protocol": "MESOS_TCP", "port": 8080 }
  ]
}`,
  },
  {
    name: 'fetch and the deprecated uris',
    text: `{
  "id": "/batch/fetcher",
  "cmd": "tar xzf app.tgz && ./app/run",
  "cpus": 0.5,
  "mem": 512,
  "disk": 1024,
  "instances": 1,
  "fetch": [
    { "uri": "https://artifacts.local/app.tgz", "extract": false, "executable": false, "cache": true, "destPath": "app.tgz" }
  ],
  "uris": ["https://artifacts.local/config.json"],
  "user": "nobody"
}`,
  },
  {
    name: 'secrets in env',
    text: `{
  "id": "/secure/db-client",
  "cmd": "./client",
  "cpus": 0.1,
  "mem": 32,
  "env": {
    "DB_HOST": "db.local",
    "DB_PASSWORD": { "secret": "dbpass" }
  },
  "secrets": { "dbpass": { "source": "/prod/db/password" } }
}`,
  },
  {
    name: 'upgradeStrategy, unreachableStrategy disabled, killSelection, backoff',
    text: `{
  "id": "/ops/singleton",
  "cmd": "sleep 3600",
  "cpus": 0.1,
  "mem": 16,
  "instances": 1,
  "upgradeStrategy": { "minimumHealthCapacity": 0, "maximumOverCapacity": 0 },
  "unreachableStrategy": "disabled",
  "killSelection": "OLDEST_FIRST",
  "backoffSeconds": 1,
  "backoffFactor": 1.15,
  "maxLaunchDelaySeconds": 3600,
  "taskKillGracePeriodSeconds": 30
}`,
  },
  {
    name: 'residency with a persistent volume',
    text: `{
  "id": "/stateful/postgres",
  "cmd": "postgres -D $MESOS_SANDBOX/pgdata",
  "cpus": 1,
  "mem": 1024,
  "instances": 1,
  "container": {
    "type": "MESOS",
    "volumes": [
      { "containerPath": "pgdata", "mode": "RW", "persistent": { "size": 512, "type": "root" } },
      { "containerPath": "/etc/pg", "hostPath": "/srv/pg", "mode": "RO" }
    ]
  },
  "residency": { "relaunchEscalationTimeoutSeconds": 3600, "taskLostBehavior": "WAIT_FOREVER" },
  "upgradeStrategy": { "minimumHealthCapacity": 0.5, "maximumOverCapacity": 0 },
  "unreachableStrategy": { "inactiveAfterSeconds": 0, "expungeAfterSeconds": 0 }
}`,
  },
  {
    name: 'readinessChecks with host portDefinitions and requirePorts',
    text: `{
  "id": "/rolling/web",
  "cmd": "./web --port $PORT_HTTP",
  "cpus": 0.2,
  "mem": 64,
  "instances": 4,
  "networks": [{ "mode": "host" }],
  "portDefinitions": [{ "port": 10080, "name": "http", "labels": { "VIP_0": "/web:80" } }],
  "requirePorts": false,
  "readinessChecks": [
    { "name": "ready", "protocol": "HTTP", "path": "/ready", "portName": "http", "intervalSeconds": 30, "timeoutSeconds": 10, "httpStatusCodesForReady": [200], "preserveLastResponse": false }
  ],
  "constraints": [["@zone", "GROUP_BY", "3"], ["rack", "LIKE", "rack-[1-3]"], ["hostname", "MAX_PER", "2"]],
  "dependencies": ["/rolling/db"]
}`,
  },
  {
    name: 'args instead of cmd, acceptedResourceRoles',
    text: `{
  "id": "/tools/entrypoint",
  "args": ["--config", "/etc/app.yml", "--verbose"],
  "cpus": 0.1,
  "mem": 32,
  "instances": 1,
  "acceptedResourceRoles": ["*"],
  "container": { "type": "DOCKER", "docker": { "image": "registry.local/tool:1" } }
}`,
  },
  {
    name: 'unknown future fields everywhere the form looks',
    text: `{
  "id": "/future/app",
  "cmd": "serve",
  "cpus": 0.1,
  "mem": 32,
  "instances": 1,
  "resourceLimits": { "cpus": "unlimited", "mem": 256 },
  "futureTopLevel": { "nested": [1, 2, { "deep": true }] },
  "container": {
    "type": "DOCKER",
    "futureContainerKey": "keep me",
    "docker": { "image": "x/y:1", "futureDockerKey": ["a"], "forcePullImage": false },
    "portMappings": [{ "containerPort": 80, "hostPort": 0, "futurePortKey": { "x": 1 } }],
    "volumes": [{ "containerPath": "/data", "hostPath": "/srv", "mode": "RO", "futureVolumeKey": 7 }]
  },
  "networks": [{ "mode": "container/bridge", "futureNetworkKey": "n" }],
  "healthChecks": [{ "protocol": "MESOS_HTTP", "path": "/", "portIndex": 0, "futureCheckKey": "c" }],
  "constraints": [["hostname", "CLUSTER", "slave-1"]],
  "role": "slave_public",
  "__proto__": { "polluted": true }
}`,
  },
  {
    name: 'explicit host network with portDefinitions and docker.parameters',
    text: `{
  "id": "/hostnet/proxy",
  "cpus": 0.2,
  "mem": 64,
  "instances": 3,
  "container": {
    "type": "DOCKER",
    "docker": { "image": "haproxy:2.8", "parameters": [{ "key": "ulimit", "value": "nofile=65536" }], "privileged": true }
  },
  "networks": [{ "mode": "host" }],
  "portDefinitions": [{ "port": 80, "protocol": "tcp" }, { "port": 443 }],
  "requirePorts": true,
  "labels": {}
}`,
  },
];

/** An app as GET /v2/apps/{id} returns it: the definition plus status fields. */
export const APP_AS_RETURNED = `{
  "id": "/tomcat",
  "cmd": null,
  "args": null,
  "user": null,
  "env": {},
  "instances": 2,
  "cpus": 1,
  "mem": 128,
  "disk": 0,
  "gpus": 0,
  "constraints": [["hostname", "UNIQUE"]],
  "labels": { "version": "keep: a label named version is the user's" },
  "container": {
    "type": "DOCKER",
    "docker": { "image": "docker.io/tomcat", "forcePullImage": false, "privileged": false, "parameters": [] },
    "portMappings": [{ "containerPort": 8080, "hostPort": 0, "servicePort": 10000, "protocol": "tcp" }],
    "volumes": []
  },
  "networks": [{ "mode": "container/bridge" }],
  "version": "2026-11-25T10:00:00.000Z",
  "versionInfo": { "lastScalingAt": "2026-11-25T10:00:00.000Z", "lastConfigChangeAt": "2026-11-25T09:00:00.000Z" },
  "tasksStaged": 0,
  "tasksRunning": 2,
  "tasksHealthy": 0,
  "tasksUnhealthy": 0,
  "deployments": [],
  "tasks": [],
  "lastTaskFailure": { "appId": "/tomcat", "host": "slave-1", "message": "x", "state": "TASK_FAILED", "taskId": "t", "timestamp": "2026-11-25T09:00:00.000Z", "version": "2026-11-25T09:00:00.000Z" },
  "taskStats": {},
  "tasksStats": {},
  "readinessCheckResults": []
}`;

export function fixtureText(index: number): string {
  const fixture = APP_FIXTURES[index];
  if (!fixture) throw new Error(`no fixture ${index}`);
  return fixture.text;
}
