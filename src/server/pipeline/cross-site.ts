import type { HostPolicy } from './host';
import type { PipelineStep } from './request-pipeline';

const OPEN_HINT =
  'Use the console at its own address; scripts may call /api without an Origin header.';

/**
 * Other web pages never reach /api: the browser marks their requests with Sec-Fetch-Site and
 * Origin. `same-site` is refused as well: another port on localhost is the same site.
 */
export function crossSiteStep(policy: HostPolicy): PipelineStep {
  const publicOrigin = policy.publicUrl?.origin;
  return ({ api, headers }) => {
    if (!api) return undefined;
    const site = headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') {
      return {
        status: 403,
        reason: 'cross-site',
        message: `Stadium refuses /api requests made by other web pages (Sec-Fetch-Site: ${site}). ${OPEN_HINT}`,
      };
    }
    const origin = headers.origin;
    if (origin === undefined) return undefined;
    // The Host step has vetted the Host; the page's origin must name the same host (http or
    // https, which a TLS-terminating load balancer may change), or be --public-url's origin.
    const host = (headers.host ?? '').toLowerCase();
    const own = [`http://${host}`, `https://${host}`, publicOrigin];
    if (own.includes(origin.toLowerCase())) return undefined;
    return {
      status: 403,
      reason: 'foreign-origin',
      message: `Stadium refuses /api requests from the origin "${origin}", which is not its own. ${OPEN_HINT}`,
    };
  };
}
