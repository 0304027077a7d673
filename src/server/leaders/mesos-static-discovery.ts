import { credentialsRefusedMessage, refusesCredentials } from '../access/credential-refusals';
import { parseJsonObject, probe, type ProbeResult } from './http-probe';
import { PolledDiscovery } from './polled-discovery';

/**
 * Mesos masters from a URL list: each master's /metrics/snapshot says whether it is elected
 * (never redirected, answered locally); /master/redirect is the fallback when none says so.
 */
export class MesosStaticDiscovery extends PolledDiscovery {
  protected async round(startedAt: number): Promise<void> {
    const urls = this.state.knownUrls();
    const results = await Promise.all(
      urls.map(async (url) => ({
        url,
        result: await probe(this.dispatcher, url, '/metrics/snapshot'),
      })),
    );
    const elected: string[] = [];
    for (const { url, result } of results) {
      const failure = probeFailure(result);
      this.state.setReachable(url, failure === undefined, failure);
      if (result.ok && parseJsonObject(result.body)?.['master/elected'] === 1) elected.push(url);
    }
    if (!this.mayDecideLeader(startedAt)) return;

    const current = this.state.leader();
    if (elected.length > 0) {
      // Two masters both claim leadership only for a moment during fail-over; keep ours if it is one.
      const leader = current !== null && elected.includes(current) ? current : (elected[0] ?? null);
      this.state.setLeader(leader, undefined, 'master/elected');
      return;
    }
    const answering = results.filter(({ result }) => result.ok).map(({ url }) => url);
    if (answering.length === 0) {
      this.state.setLeader(null, `none of the ${urls.length} masters answered`);
      return;
    }
    this.state.setLeader(...(await this.askForRedirect(answering)));
  }

  private async askForRedirect(answering: string[]): Promise<[string | null, string?, string?]> {
    let problem = 'no master reports master/elected';
    for (const url of answering) {
      const result = await probe(this.dispatcher, url, '/master/redirect');
      const location = result.ok ? result.headers['location'] : undefined;
      if (result.ok && result.statusCode === 307 && typeof location === 'string') {
        const leader = await this.state.resolveKnown(location);
        if (leader) return [leader, undefined, `/master/redirect on ${url}`];
      }
      if (result.ok && result.statusCode === 503) problem = 'No leader elected';
    }
    return [null, problem];
  }
}

function probeFailure(result: ProbeResult): string | undefined {
  if (!result.ok) return result.error;
  if (refusesCredentials(result.statusCode)) {
    return credentialsRefusedMessage('mesos', result.statusCode, '/metrics/snapshot');
  }
  return result.statusCode === 200 ? undefined : `HTTP ${result.statusCode} from /metrics/snapshot`;
}
