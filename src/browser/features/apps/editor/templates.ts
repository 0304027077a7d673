/**
 * Starting points for /apps/new, the three apps of the seed's deployment log, written in the
 * Marathon 1.5+ form (`networks` + `container.portMappings`) that new documents use.
 */
export type AppTemplateId = 'nginx' | 'tomcat' | 'shell';

export interface AppTemplate {
  id: AppTemplateId;
  /** i18n key in the `appEditor` namespace. */
  labelKey: `templates.${AppTemplateId}`;
  text: string;
}

function dockerBridgeApp(
  id: string,
  image: string,
  containerPort: number,
  cpus: number,
  mem: number,
) {
  return {
    id,
    cpus,
    mem,
    instances: 1,
    constraints: [['hostname', 'UNIQUE']],
    container: {
      type: 'DOCKER',
      docker: { image },
      portMappings: [{ containerPort, hostPort: 0, servicePort: 0, protocol: 'tcp' }],
    },
    networks: [{ mode: 'container/bridge' }],
  };
}

const toText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const APP_TEMPLATES: readonly AppTemplate[] = [
  {
    id: 'nginx',
    labelKey: 'templates.nginx',
    text: toText(dockerBridgeApp('nginx', 'docker.io/nginx', 80, 0.2, 32)),
  },
  {
    id: 'tomcat',
    labelKey: 'templates.tomcat',
    text: toText(dockerBridgeApp('tomcat', 'docker.io/tomcat', 8080, 1, 128)),
  },
  {
    id: 'shell',
    labelKey: 'templates.shell',
    text: toText({
      id: 'basic-0',
      cmd: "while [ true ] ; do echo 'Hello hello' >> /mnt/test ; sleep 5 ; done",
      cpus: 0.1,
      mem: 10,
      instances: 1,
    }),
  },
];
