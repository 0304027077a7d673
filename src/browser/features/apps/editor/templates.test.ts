import { describe, expect, it } from 'vitest';
import { readAppForm } from './form-model';
import { APP_TEMPLATES } from './templates';
import { appFromText } from '../../../testing/test-documents';
import { validateForm } from './validation-hints';

describe('APP_TEMPLATES', () => {
  const model = (id: string) =>
    readAppForm(appFromText(APP_TEMPLATES.find((t) => t.id === id)?.text ?? ''));

  it('nginx: docker.io/nginx in a bridge network, container port 80 on a dynamic host port', () => {
    expect(model('nginx')).toMatchObject({
      id: 'nginx',
      containerType: 'DOCKER',
      dockerImage: 'docker.io/nginx',
      networkApi: 'canonical',
      effectiveNetworkMode: 'BRIDGE',
      portMappings: [
        { values: { containerPort: 80, hostPort: 0, servicePort: 0, protocol: 'tcp' } },
      ],
      constraints: [{ values: { field: 'hostname', operator: 'UNIQUE', value: undefined } }],
    });
  });

  it('tomcat: docker.io/tomcat on 8080', () => {
    expect(model('tomcat')).toMatchObject({
      dockerImage: 'docker.io/tomcat',
      portMappings: [{ values: { containerPort: 8080, hostPort: 0 } }],
    });
  });

  it("shell: the seed's basic-0 loop without a container", () => {
    expect(model('shell')).toMatchObject({ id: 'basic-0', containerType: undefined, instances: 1 });
    expect(model('shell').cmd).toContain("echo 'Hello hello' >> /mnt/test");
  });

  it.each(APP_TEMPLATES.map((t) => [t.id]))('%s raises no validation hint', (id) => {
    expect(validateForm(model(id))).toEqual([]);
  });
});
