/** The apps of the operators' log, already deployed when the simulated cluster starts. */
import type { MarathonAppDefinition } from '../../src/api/marathon';

/** A one-per-host Docker app on the bridge network, its port mapped to any free host port. */
function uniqueDockerApp(
  id: string,
  image: string,
  containerPort: number,
  resources: { cpus: number; mem: number },
): MarathonAppDefinition {
  return {
    id,
    ...resources,
    instances: 1,
    constraints: [['hostname', 'UNIQUE']],
    container: {
      type: 'DOCKER',
      docker: { image, forcePullImage: false },
      portMappings: [{ containerPort, hostPort: 0, servicePort: 0, protocol: 'tcp' }],
    },
    networks: [{ mode: 'container/bridge' }],
  };
}

export const SEED_APPS: MarathonAppDefinition[] = [
  uniqueDockerApp('/nginx', 'docker.io/nginx', 80, { cpus: 0.2, mem: 64 }),
  uniqueDockerApp('/tomcat', 'docker.io/tomcat', 8080, { cpus: 1, mem: 128 }),
  {
    id: '/basic-0',
    cmd: "while [ true ] ; do echo 'Hello Marathon' >> /tmp/testMarathon.file ; sleep 5 ; done",
    cpus: 0.1,
    mem: 16,
    instances: 1,
  },
];
