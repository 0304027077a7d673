/** `/v2/queue` (why instances wait) and `DELETE /v2/queue/{id}/delay`. */
import { HttpResponse } from 'msw';
import type { AgentOffer } from '../../contracts';
import { funnel, lastOffersFunnel } from '../launch-queue';
import type { QueueEntry } from '../model-types';
import { podJson } from '../pod-definition';
import { isoTime } from '../time-and-ids';
import { appIdFromUrl, json, type Route, type RouteContext } from './route-context';

/** The offer as `/v2/queue?embed=lastUnusedOffers` shows it (Mesos resources and attributes). */
function offerJson(offer: AgentOffer, offerId: string) {
  const scalar = (name: string, value: number) => ({ name, role: '*', scalar: value });
  return {
    id: offerId,
    agentId: offer.agentId,
    hostname: offer.hostname,
    resources: [
      scalar('cpus', offer.cpus),
      scalar('mem', offer.mem),
      scalar('disk', offer.disk),
      ...(offer.gpus > 0 ? [scalar('gpus', offer.gpus)] : []),
      {
        name: 'ports',
        role: '*',
        ranges: offer.ports.map(([begin, end]) => ({ begin, end })),
      },
    ],
    attributes: Object.entries(offer.attributes).map(([name, value]) =>
      typeof value === 'number' ? { name, scalar: value } : { name, text: value },
    ),
  };
}

function queueItem(context: RouteContext, entry: QueueEntry, withOffers: boolean) {
  const { model } = context;
  const pod = model.pods.get(entry.appId)?.app;
  // A pod waits as `pod` (its spec), an app as `app`.
  const runSpec = pod ? { pod: podJson(pod) } : { app: model.apps.get(entry.appId)?.app ?? {} };
  const delayUntil = model.backoffs.get(entry.appId)?.delayUntil ?? 0;
  const timeLeftSeconds = Math.max(0, Math.ceil((delayUntil - model.now()) / 1000));
  const summary = {
    processedOffersCount: entry.processedOffersCount,
    unusedOffersCount: entry.unusedOffersCount,
    ...(entry.lastUnusedOfferAt !== undefined
      ? { lastUnusedOfferAt: isoTime(entry.lastUnusedOfferAt) }
      : {}),
    ...(entry.lastUsedOfferAt !== undefined
      ? { lastUsedOfferAt: isoTime(entry.lastUsedOfferAt) }
      : {}),
    rejectSummaryLastOffers: lastOffersFunnel(entry),
    rejectSummaryLaunchAttempt: funnel(entry.attemptDeclined, entry.attemptProcessed),
  };
  const unused = [...entry.lastOffers.values()].filter((record) => record.reasons.length > 0);
  return {
    ...runSpec,
    count: entry.count,
    role: '*',
    delay: { timeLeftSeconds, overdue: timeLeftSeconds === 0 },
    since: isoTime(entry.since),
    processedOffersSummary: summary,
    ...(withOffers
      ? {
          lastUnusedOffers: unused.map((record, index) => ({
            offer: offerJson(record.offer, `${context.frameworkId.replace(/-\d+$/, '')}-O${index}`),
            timestamp: isoTime(record.timestamp),
            reason: record.reasons,
          })),
        }
      : {}),
  };
}

export const queueRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v2\/queue\/?$/,
    handle: (context) => {
      const withOffers = context.url.searchParams.getAll('embed').includes('lastUnusedOffers');
      const queue = [...context.model.queue.values()].map((entry) =>
        queueItem(context, entry, withOffers),
      );
      return json({ queue });
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/v2\/queue\/(.+)\/delay$/,
    handle: ({ model }, [rawId = '']) => {
      model.resetDelay(appIdFromUrl(rawId));
      return new HttpResponse(null, { status: 204 });
    },
  },
];
