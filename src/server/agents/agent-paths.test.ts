import { describe, expect, it } from 'vitest';
import { agentUrlFromPid, isAllowedAgentPath } from './agent-paths';

describe('isAllowedAgentPath', () => {
  it.each([
    '/files/read',
    '/files/download',
    '/files/browse',
    '/state',
    '/slave(1)/state',
    '/slave%281%29/monitor/statistics',
    '/metrics/snapshot',
    '/monitor/statistics',
    '/flags',
  ])('allows %s', (path) => {
    expect(isAllowedAgentPath(path)).toBe(true);
  });

  it.each([
    '/',
    '/files',
    '/files/',
    '/state/x',
    '/api/v1',
    '/master/state',
    '/metrics',
    '/monitor',
    '/monitor/statistics/x',
    '/flags/x',
    '/files/../api/v1',
    '/files/%2e%2e/api/v1',
    '/slave(1)/./x',
    '/files/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(isAllowedAgentPath(path)).toBe(false);
  });
});

describe('agentUrlFromPid', () => {
  it('takes ip:port from the libprocess pid', () => {
    expect(agentUrlFromPid('slave(1)@10.0.1.108:5051')).toBe('http://10.0.1.108:5051');
    expect(agentUrlFromPid('slave(1)@127.0.0.1:40123')).toBe('http://127.0.0.1:40123');
  });

  it('refuses pids without an address', () => {
    expect(agentUrlFromPid('slave(1)')).toBeNull();
    expect(agentUrlFromPid('')).toBeNull();
  });
});
