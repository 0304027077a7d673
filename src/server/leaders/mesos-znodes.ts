import { parseJsonObject } from './http-probe';
import { checkHostPort, checkHostPortText, type CheckedHostPort } from './member-address';
import type { Znode, ZnodeReading } from './znode-members';

interface Candidate {
  name: string;
  sequence: number;
  url: string | null;
  aliases: string[];
  unreadable?: string;
}

const MEMBER_NAME = /^(?:(json\.info|info)_)?(\d+)$/;

/**
 * Mesos masters in ZooKeeper: ephemeral-sequential children of the --zk path. The lowest
 * sequence leads, compared across labels (`json.info_`, the older binary `info_`, and very old
 * unlabeled nodes holding a UPID). Other children, such as `log_replicas`, are not members.
 */
export function readMesosZnodes(children: readonly Znode[]): ZnodeReading {
  const candidates: Candidate[] = [];
  for (const child of children) {
    const match = MEMBER_NAME.exec(child.name);
    if (!match || child.data === null) continue;
    const sequence = Number(match[2]);
    if (match[1] === 'info') {
      candidates.push({
        name: child.name,
        sequence,
        url: null,
        aliases: [],
        unreadable: 'it holds a binary MasterInfo (Mesos < 0.24); Stadium reads json.info_ nodes',
      });
      continue;
    }
    const text = child.data.toString('utf8');
    candidates.push({
      name: child.name,
      sequence,
      ...(match[1] === 'json.info' ? fromMasterInfo(text) : fromUpid(text)),
    });
  }
  candidates.sort((a, b) => a.sequence - b.sequence);
  const members = candidates.flatMap(({ url, aliases }) => (url ? [{ url, aliases }] : []));
  const unreadable = candidates.flatMap(({ name, url, unreadable: problem }) =>
    url ? [] : [{ name, problem: problem ?? 'it names no address' }],
  );
  const lowest = candidates[0];
  if (!lowest) {
    return { members, unreadable, leader: null, problem: 'no master is registered in ZooKeeper' };
  }
  if (!lowest.url) {
    const why = lowest.unreadable ?? 'it names no address';
    return {
      members,
      unreadable,
      leader: null,
      problem: `the leading znode ${lowest.name} is unusable: ${why}`,
    };
  }
  return { members, unreadable, leader: lowest.url };
}

function fromMasterInfo(text: string): Pick<Candidate, 'url' | 'aliases' | 'unreadable'> {
  const info = parseJsonObject(text);
  if (!info) return { url: null, aliases: [], unreadable: 'its data is not JSON' };
  const address = (typeof info['address'] === 'object' ? info['address'] : null) as Record<
    string,
    unknown
  > | null;
  const hostname = stringField(address?.['hostname']) ?? stringField(info['hostname']);
  const port = numberField(address?.['port']) ?? numberField(info['port']);
  const ip = stringField(address?.['ip']);
  const fromPid = typeof info['pid'] === 'string' ? upidHostPort(info['pid']) : null;
  const byIp = ip && port !== null ? checkHostPort(ip, port) : null;
  const byName = hostname && port !== null ? checkHostPort(hostname, port) : null;
  // The first address given decides; a broken one is reported rather than skipped over.
  const chosen = byIp ?? fromPid ?? byName;
  if (!chosen) return { url: null, aliases: [], unreadable: 'its MasterInfo has no address' };
  if ('problem' in chosen) {
    return { url: null, aliases: [], unreadable: `its MasterInfo ${chosen.problem}` };
  }
  const aliases = [byName, fromPid].flatMap((alias) =>
    alias && 'hostPort' in alias ? [alias.hostPort] : [],
  );
  return { url: `http://${chosen.hostPort}`, aliases };
}

function fromUpid(text: string): Pick<Candidate, 'url' | 'aliases' | 'unreadable'> {
  const checked = upidHostPort(text.trim());
  if (!checked) return { url: null, aliases: [], unreadable: 'its data is not a master UPID' };
  if ('problem' in checked)
    return { url: null, aliases: [], unreadable: `its UPID ${checked.problem}` };
  return { url: `http://${checked.hostPort}`, aliases: [] };
}

/** `master@10.0.0.1:5050` -> `10.0.0.1:5050`, checked. */
function upidHostPort(upid: string): CheckedHostPort | null {
  const hostPort = /^[^@]+@([^@]+:\d+)$/.exec(upid)?.[1];
  return hostPort === undefined ? null : checkHostPortText(hostPort);
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function numberField(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
