import { describe, expect, it } from 'vitest';
import { OfferFirstSeen } from './offer-first-seen';

const frameworks = (...offerIds: string[][]) =>
  JSON.stringify({
    frameworks: offerIds.map((ids, index) => ({
      id: `F${index}`,
      offers: ids.map((id) => ({ id, slave_id: 'S0' })),
    })),
  });

describe('OfferFirstSeen', () => {
  it('keeps the time an offer was first listed, and forgets offers no longer listed', () => {
    let now = 1_000;
    const offers = new OfferFirstSeen(() => now);
    offers.observe(frameworks(['O1'], ['O2']));
    now = 5_000;
    offers.observe(Buffer.from(frameworks(['O1', 'O3'])));
    expect(offers.snapshot()).toEqual({ O1: 1_000, O3: 5_000 });
    now = 9_000;
    offers.observe(frameworks([]));
    expect(offers.snapshot()).toEqual({});
  });

  it('ignores an answer that is not the frameworks list', () => {
    const offers = new OfferFirstSeen(() => 1);
    offers.observe(frameworks(['O1']));
    offers.observe('Failed to parse');
    offers.observe('{"message":"no leader"}');
    expect(offers.snapshot()).toEqual({ O1: 1 });
  });
});
