import { describe, expect, it } from 'vitest';
import type { MarathonQueueItem } from '../../../../api/marathon';
import { firstDeclineReason, reasonSubject } from './waiting-reason';
import { testApp } from '../../../testing/test-apps';

describe('the waiting reason', () => {
  it('is the first funnel row that declined offers', () => {
    const item = {
      processedOffersSummary: {
        rejectSummaryLastOffers: [
          { reason: 'UnfulfilledRole', declined: 0, processed: 3 },
          { reason: 'UnfulfilledConstraint', declined: 3, processed: 3 },
          { reason: 'InsufficientCpus', declined: 0, processed: 0 },
        ],
      },
    } as MarathonQueueItem;
    expect(firstDeclineReason(item)).toEqual({
      reason: 'UnfulfilledConstraint',
      declined: 3,
      processed: 3,
    });
  });

  it('names what in the app it is about', () => {
    const app = testApp({ constraints: [['hostname', 'UNIQUE', '']], cpus: 0.5 });
    expect(reasonSubject('UnfulfilledConstraint', app, '*')).toBe('hostname UNIQUE');
    expect(reasonSubject('InsufficientCpus', app, '*')).toBe('0.5');
    expect(reasonSubject('UnfulfilledRole', app, 'web')).toBe('web');
    expect(reasonSubject('InsufficientPorts', app, '*')).toBeUndefined();
  });
});
