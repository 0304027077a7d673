/** The launch queue's offer statistics (`processedOffersSummary`, `lastUnusedOffers`). */
import type { MarathonOfferRejectReason } from '../../src/api/marathon';
import type { AgentOffer } from '../contracts';
import type { QueueEntry } from './model-types';
import { REJECT_REASONS } from './offer-matching';

export function newQueueEntry(appId: string, now: number): QueueEntry {
  return {
    appId,
    count: 0,
    since: now,
    processedOffersCount: 0,
    unusedOffersCount: 0,
    attemptDeclined: REJECT_REASONS.map(() => 0),
    attemptProcessed: REJECT_REASONS.map(() => 0),
    lastOffers: new Map(),
  };
}

/** Adds one processed offer to the funnel: counted under its first reason, passed through above. */
function addToFunnel(
  declined: number[],
  processed: number[],
  reasons: MarathonOfferRejectReason[],
): void {
  const first =
    reasons.length > 0 ? REJECT_REASONS.indexOf(reasons[0] as MarathonOfferRejectReason) : -1;
  REJECT_REASONS.forEach((_, k) => {
    if (first === -1 || first >= k) processed[k] = (processed[k] ?? 0) + 1;
    if (first === k) declined[k] = (declined[k] ?? 0) + 1;
  });
}

export function recordOffer(
  entry: QueueEntry,
  offer: AgentOffer,
  reasons: MarathonOfferRejectReason[],
  now: number,
): void {
  entry.processedOffersCount += 1;
  if (reasons.length > 0) {
    entry.unusedOffersCount += 1;
    entry.lastUnusedOfferAt = now;
  } else {
    entry.lastUsedOfferAt = now;
  }
  addToFunnel(entry.attemptDeclined, entry.attemptProcessed, reasons);
  entry.lastOffers.set(offer.agentId, { offer, reasons, timestamp: now });
}

export function funnel(declined: number[], processed: number[]) {
  return REJECT_REASONS.map((reason, k) => ({
    reason,
    declined: declined[k] ?? 0,
    processed: processed[k] ?? 0,
  }));
}

/** Summary over the last offer of each agent. */
export function lastOffersFunnel(entry: QueueEntry) {
  const declined = REJECT_REASONS.map(() => 0);
  const processed = REJECT_REASONS.map(() => 0);
  for (const record of entry.lastOffers.values()) addToFunnel(declined, processed, record.reasons);
  return funnel(declined, processed);
}
