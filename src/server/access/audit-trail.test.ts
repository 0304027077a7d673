import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/access';
import { AuditTrail, auditTarget } from './audit-trail';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    time: '2026-12-07T10:00:00.000Z',
    address: '10.0.0.9',
    method: 'PUT',
    path: '/api/marathon/v2/apps/nginx',
    status: 200,
    ...overrides,
  };
}

describe('auditTarget', () => {
  it("takes Marathon's app or pod id from the body", () => {
    expect(
      auditTarget('/api/marathon/v2/apps', json({ id: '/web/nginx' }), 'application/json'),
    ).toBe('/web/nginx');
    expect(
      auditTarget('/api/marathon/v2/apps', json([{ id: '/a' }, { id: '/b' }]), 'application/json'),
    ).toBe('/a');
  });

  it('takes Mesos framework and agent ids from form and v1 bodies', () => {
    const form = Buffer.from('frameworkId=f-0001');
    expect(
      auditTarget('/api/mesos/master/teardown', form, 'application/x-www-form-urlencoded'),
    ).toBe('f-0001');
    const v1 = json({ type: 'TEARDOWN', teardown: { framework_id: { value: 'f-0002' } } });
    expect(auditTarget('/api/mesos/api/v1', v1, 'application/json')).toBe('f-0002');
    const drain = json({
      type: 'DRAIN_AGENT',
      drain_agent: {
        agent_id: { value: 'c0ffee-S1' },
        max_grace_period: { nanoseconds: 60_000_000_000 },
        mark_gone: true,
      },
    });
    expect(auditTarget('/api/mesos/api/v1', drain, 'application/json')).toBe('c0ffee-S1');
    for (const type of ['deactivate_agent', 'reactivate_agent', 'mark_agent_gone']) {
      const call = json({ type: type.toUpperCase(), [type]: { agent_id: { value: 'c0ffee-S2' } } });
      expect(auditTarget('/api/mesos/api/v1', call, 'application/json')).toBe('c0ffee-S2');
    }
  });

  it('names the roles, machines or schedule a Mesos operator write changes', () => {
    const v1 = (value: unknown) =>
      auditTarget('/api/mesos/api/v1', json(value), 'application/json');
    expect(
      v1({
        type: 'UPDATE_WEIGHTS',
        update_weights: {
          weight_infos: [
            { role: 'eng', weight: 2 },
            { role: 'ops', weight: 1 },
          ],
        },
      }),
    ).toBe('eng, ops');
    expect(
      v1({ type: 'UPDATE_QUOTA', update_quota: { quota_configs: [{ role: 'eng/analytics' }] } }),
    ).toBe('eng/analytics');
    const machines = [{ hostname: 'slave-1', ip: '10.0.0.2' }, { ip: '10.0.0.3' }];
    expect(v1({ type: 'START_MAINTENANCE', start_maintenance: { machines } })).toBe(
      'slave-1, 10.0.0.3',
    );
    expect(
      v1({ type: 'UPDATE_MAINTENANCE_SCHEDULE', update_maintenance_schedule: { schedule: {} } }),
    ).toBe('maintenance schedule');
    expect(auditTarget('/api/mesos/master/quota/eng%2Fanalytics', undefined, '')).toBe(
      'eng/analytics',
    );
    expect(auditTarget('/api/mesos/master/machine/up', json(machines), 'application/json')).toBe(
      'slave-1, 10.0.0.3',
    );
    expect(
      auditTarget(
        '/api/mesos/master/maintenance/schedule',
        json({ windows: [] }),
        'application/json',
      ),
    ).toBe('maintenance schedule');
  });

  it('falls back to the id in the path', () => {
    expect(auditTarget('/api/marathon/v2/apps/web/nginx/restart?force=true', undefined, '')).toBe(
      '/web/nginx',
    );
    expect(auditTarget('/api/marathon/v2/apps/web/nginx/tasks/t1?scale=true', undefined, '')).toBe(
      '/web/nginx',
    );
    expect(auditTarget('/api/marathon/v2/deployments/d-1', undefined, '')).toBe('/d-1');
    expect(
      auditTarget('/api/marathon/v2/pods/shop/cart::instances/shop_cart.instance-1', undefined, ''),
    ).toBe('/shop/cart');
    const instanceIds = json(['shop_cart.instance-1']);
    expect(
      auditTarget('/api/marathon/v2/pods/shop/cart::instances', instanceIds, 'application/json'),
    ).toBe('/shop/cart');
    expect(
      auditTarget('/api/marathon/v2/groups/shop', json({ scaleBy: 2 }), 'application/json'),
    ).toBe('/shop');
    expect(auditTarget('/api/marathon/v2/queue/web/nginx/delay', undefined, '')).toBe('/web/nginx');
  });
});

describe('AuditTrail', () => {
  it('appends one JSON line per write and reads the tail back at the next start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stadium-audit-')), 'audit.log');
    const log: string[] = [];
    const trail = new AuditTrail(file, (line) => log.push(line));
    trail.record(entry({ user: 'alice', target: '/nginx' }));
    trail.record(entry({ user: 'bob', target: '/tomcat', method: 'DELETE' }));
    await trail.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line) as AuditEntry)).toMatchObject([
      { user: 'alice', target: '/nginx' },
      { user: 'bob', method: 'DELETE' },
    ]);
    expect(log).toHaveLength(2);
    const again = new AuditTrail(file, () => {});
    expect(again.latest({ limit: 10 }).map((found) => found.user)).toEqual(['bob', 'alice']);
    await again.close();
  });

  it('filters by user and by target, newest first', () => {
    const trail = new AuditTrail(undefined, () => {});
    trail.record(entry({ user: 'alice', target: '/web/nginx' }));
    trail.record(entry({ user: 'bob', target: '/web/tomcat' }));
    trail.record(entry({ user: 'alice', target: '/db/postgres' }));
    expect(trail.latest({ user: 'alice', limit: 10 }).map((found) => found.target)).toEqual([
      '/db/postgres',
      '/web/nginx',
    ]);
    expect(trail.latest({ target: 'WEB', limit: 10 }).map((found) => found.user)).toEqual([
      'bob',
      'alice',
    ]);
    expect(trail.latest({ limit: 1 })).toHaveLength(1);
  });

  it('skips a line cut by a crash when reading the file back', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stadium-audit-')), 'audit.log');
    writeFileSync(file, `${JSON.stringify(entry({ user: 'alice' }))}\n{"time":"2026`);
    const trail = new AuditTrail(file, () => {});
    expect(trail.latest({ limit: 10 })).toHaveLength(1);
    await trail.close();
  });
});
