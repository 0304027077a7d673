import { describe, expect, it } from 'vitest';
import type { AgentOffer } from '../contracts';
import { constraintHolds } from './constraint-matching';
import { constraintErrors } from './constraint-rules';
import { matchesLabelSelector } from './label-selector';
import { matchOffer } from './offer-matching';

const agent = (hostname: string, attributes: Record<string, string> = {}): AgentOffer => ({
  agentId: `id-${hostname}`,
  hostname,
  attributes,
  cpus: 4,
  mem: 4096,
  disk: 1000,
  gpus: 0,
  ports: [[31000, 31001]],
});

const rackA = agent('slave-1', { rack: 'a' });
const rackB = agent('slave-2', { rack: 'b' });

describe('constraint validation', () => {
  it.each([
    [['hostname', 'UNIQUE'], []],
    [['hostname', 'UNIQUE', 'x'], ['Value specified but not used']],
    [['rack', 'CLUSTER'], ['Missing value']],
    [['rack', 'GROUP_BY', 'two'], ['Value was specified but is not a number']],
    [['rack', 'GROUP_BY'], []],
    [['rack', 'MAX_PER', '2'], []],
    [['hostname', 'LIKE', '('], ["'(' is not a valid regular expression"]],
    [['hostname', 'UNLIKE'], ['A regular expression value must be provided']],
    [['hostname'], ['Each constraint must have either 2 or 3 fields']],
  ])('%j -> %j', (constraint, errors) => {
    expect(constraintErrors(constraint)).toEqual(errors);
  });
});

describe('constraint matching', () => {
  it('CLUSTER, LIKE, UNLIKE and IS compare the agent field', () => {
    expect(constraintHolds(['rack', 'CLUSTER', 'a'], rackA, [], [])).toBe(true);
    expect(constraintHolds(['rack', 'CLUSTER', 'a'], rackB, [], [])).toBe(false);
    expect(constraintHolds(['hostname', 'LIKE', 'slave-[12]'], rackB, [], [])).toBe(true);
    expect(constraintHolds(['hostname', 'UNLIKE', 'slave-1'], rackA, [], [])).toBe(false);
    expect(constraintHolds(['zone', 'UNLIKE', 'x'], rackA, [], [])).toBe(true);
    expect(constraintHolds(['@hostname', 'IS', 'slave-2'], rackB, [], [])).toBe(true);
  });

  it('MAX_PER caps instances per value and GROUP_BY spreads evenly', () => {
    expect(constraintHolds(['rack', 'MAX_PER', '1'], rackA, [rackA], [])).toBe(false);
    expect(constraintHolds(['rack', 'MAX_PER', '2'], rackA, [rackA], [])).toBe(true);
    expect(constraintHolds(['rack', 'GROUP_BY'], rackA, [rackA], [rackA, rackB])).toBe(false);
    expect(constraintHolds(['rack', 'GROUP_BY'], rackB, [rackA], [rackA, rackB])).toBe(true);
  });
});

describe('offer matching', () => {
  const app = {
    id: '/web',
    cpus: 1,
    mem: 128,
    disk: 0,
    gpus: 0,
    networks: [{ mode: 'host' }],
    portDefinitions: [{ port: 10000 }, { port: 10001 }],
    requirePorts: false,
  };

  it('takes dynamic host ports from the offered ranges', () => {
    const match = matchOffer(app, rackA, [], [rackA], () => 0);
    expect(match).toEqual({ ok: true, hostPorts: [31000, 31001] });
  });

  it('reports every failing reason in funnel order', () => {
    const small = { ...rackA, cpus: 0.5, mem: 64, ports: [[31000, 31000]] as [number, number][] };
    const match = matchOffer(
      { ...app, acceptedResourceRoles: ['slave_public'] },
      small,
      [],
      [small],
      () => 0,
    );
    expect(match).toEqual({
      ok: false,
      reasons: ['UnfulfilledRole', 'InsufficientCpus', 'InsufficientMemory', 'InsufficientPorts'],
    });
  });
});

describe('label selectors', () => {
  const labels = { env: 'prod', tier: 'fe' };
  it.each([
    ['env', true],
    ['env==prod', true],
    ['env!=prod', false],
    ['env==prod,tier==be', false],
    ['tier in (fe, be)', true],
    ['tier notin (fe)', false],
    ['missing', false],
  ])('%s -> %s', (selector, expected) => {
    expect(matchesLabelSelector(selector, labels)).toBe(expected);
  });
});
