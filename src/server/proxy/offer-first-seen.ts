import type { FastifyInstance } from 'fastify';

/** `GET` it for `{seen: {offerId: epochMs}}`. */
export const OFFER_FIRST_SEEN_PATH = '/api/offers/first-seen';

/**
 * When Stadium first saw each outstanding offer: Mesos writes no time on an offer, so its age is
 * counted from here, the same in every tab and across reloads. Fed by the leader's
 * `/master/frameworks` answers as they pass the proxy (once per shared read, not per tab).
 */
export class OfferFirstSeen {
  private seen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A `/master/frameworks` body: new offers are stamped, offers no longer listed forgotten. */
  observe(body: Buffer | string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString());
    } catch {
      return;
    }
    const frameworks = (parsed as { frameworks?: unknown }).frameworks;
    if (!Array.isArray(frameworks)) return;
    const at = this.now();
    const next = new Map<string, number>();
    for (const framework of frameworks as { offers?: unknown }[]) {
      if (!Array.isArray(framework.offers)) continue;
      for (const offer of framework.offers as { id?: unknown }[]) {
        if (typeof offer.id === 'string') next.set(offer.id, this.seen.get(offer.id) ?? at);
      }
    }
    this.seen = next;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.seen);
  }
}

/** Served like every /api route: only after the request pipeline let the request through. */
export function registerOfferFirstSeenRoute(scope: FastifyInstance, offers: OfferFirstSeen): void {
  scope.get(OFFER_FIRST_SEEN_PATH, async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ seen: offers.snapshot() }),
  );
}
