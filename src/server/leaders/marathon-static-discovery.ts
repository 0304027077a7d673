import { credentialsRefusedMessage, refusesCredentials } from '../access/credential-refusals';
import { parseJsonObject, probe } from './http-probe';
import { PolledDiscovery } from './polled-discovery';

/**
 * Marathon instances from a URL list. Standbys forward /v2/leader to the leader, so every
 * instance that answers names the same leader; one that cannot reach a leader says 404/502/503.
 */
export class MarathonStaticDiscovery extends PolledDiscovery {
  protected async round(startedAt: number): Promise<void> {
    const urls = this.state.knownUrls();
    const results = await Promise.all(
      urls.map(async (url) => ({ url, result: await probe(this.dispatcher, url, '/v2/leader') })),
    );
    const reported = new Map<string, string>();
    let problem = `none of the ${urls.length} instances answered`;
    for (const { url, result } of results) {
      if (!result.ok) {
        this.state.setReachable(url, false, result.error);
        continue;
      }
      this.state.setReachable(url, true);
      const leader = parseJsonObject(result.body)?.['leader'];
      if (result.statusCode === 200 && typeof leader === 'string') {
        const leaderUrl = await this.state.resolveKnown(leader);
        if (leaderUrl) reported.set(url, leaderUrl);
      } else {
        problem = refusesCredentials(result.statusCode)
          ? credentialsRefusedMessage('marathon', result.statusCode, `${url}/v2/leader`)
          : result.statusCode === 404
            ? 'Marathon reports no leader (election in progress?)'
            : `HTTP ${result.statusCode} from /v2/leader`;
      }
    }
    if (!this.mayDecideLeader(startedAt)) return;
    const current = this.state.leader();
    // What the leader itself says wins over a standby that may still hold an older view.
    const leader =
      (current !== null ? reported.get(current) : undefined) ??
      reported.values().next().value ??
      null;
    this.state.setLeader(leader, problem, '/v2/leader');
  }
}
