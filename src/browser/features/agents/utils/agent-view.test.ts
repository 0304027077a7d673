import { describe, expect, it } from 'vitest';
import { agentListParams, readAgentView, writeAgentView } from './agent-view';

describe('agent view in the URL', () => {
  it('reads the filter and a known sort', () => {
    const view = readAgentView(new URLSearchParams('q=slave&sort=cpus&order=desc'));
    expect(view).toEqual({ q: 'slave', sort: 'cpus', order: 'desc' });
    expect(agentListParams(view)).toEqual({ q: 'slave', sort: 'cpus', order: 'desc' });
  });

  it('ignores an unknown sort and writes defaults as absent', () => {
    expect(readAgentView(new URLSearchParams('sort=weight')).sort).toBeUndefined();
    const next = writeAgentView(new URLSearchParams('q=a&sort=id'), { q: '', order: 'asc' });
    expect(next.toString()).toBe('sort=id');
  });
});
