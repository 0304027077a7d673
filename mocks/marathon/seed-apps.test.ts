import { describe, expect, it } from 'vitest';
import type { MarathonApp } from '../../src/api/marathon';
import { getJson } from './testing/http';
import { useSimulatedMarathonServer } from './testing/simulated-marathon';

const marathon = useSimulatedMarathonServer();

describe('seeded apps', () => {
  it('has nginx, tomcat and basic-0 running after the first ticks, with no open deployments', async () => {
    const m = marathon.start({ seedApps: true });
    m.advance(3000);
    const { body } = await getJson<{ apps: MarathonApp[] }>(m.url('/v2/apps?embed=apps.tasks'));
    expect(body.apps.map((a) => a.id)).toEqual(['/basic-0', '/nginx', '/tomcat']);
    for (const app of body.apps) {
      expect(app.tasksRunning).toBe(1);
      expect(app.deployments).toEqual([]);
    }
    const nginx = body.apps.find((a) => a.id === '/nginx');
    expect(nginx?.container?.portMappings?.[0]).toMatchObject({ containerPort: 80, hostPort: 0 });
    expect(nginx?.tasks?.[0]?.ports[0]).toBeGreaterThanOrEqual(31000);
    const basic = body.apps.find((a) => a.id === '/basic-0');
    expect(basic?.cmd).toContain("echo 'Hello Marathon' >> /tmp/testMarathon.file");
    expect((await getJson(m.url('/v2/deployments'))).body).toEqual([]);
    expect(new Set(body.apps.map((a) => a.tasks?.[0]?.host)).size).toBeGreaterThan(1);
  });
});
