/** The apps of the operators' log, already deployed when the simulated cluster starts. */
import type { MarathonAppDefinition } from '../../src/api/marathon';

export const SEED_APPS: MarathonAppDefinition[] = [
  {
    id: '/nginx',
    cpus: 0.2,
    mem: 64,
    instances: 1,
    constraints: [['hostname', 'UNIQUE']],
    container: {
      type: 'DOCKER',
      docker: { image: 'docker.io/nginx', forcePullImage: false },
      portMappings: [{ containerPort: 80, hostPort: 0, servicePort: 0, protocol: 'tcp' }],
    },
    networks: [{ mode: 'container/bridge' }],
  },
  {
    id: '/tomcat',
    cpus: 1,
    mem: 128,
    instances: 1,
    constraints: [['hostname', 'UNIQUE']],
    container: {
      type: 'DOCKER',
      docker: { image: 'docker.io/tomcat', forcePullImage: false },
      portMappings: [{ containerPort: 8080, hostPort: 0, servicePort: 0, protocol: 'tcp' }],
    },
    networks: [{ mode: 'container/bridge' }],
  },
  {
    id: '/basic-0',
    cmd: "while [ true ] ; do echo 'Hello Marathon' >> /tmp/testMarathon.file ; sleep 5 ; done",
    cpus: 0.1,
    mem: 16,
    instances: 1,
  },
];
