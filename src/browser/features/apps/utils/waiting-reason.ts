import type {
  MarathonApp,
  MarathonOfferRejectReason,
  MarathonQueueItem,
  MarathonRejectSummary,
} from '../../../../api/marathon';
import { fixedHostPorts } from './scale-capacity';

/**
 * The first row of the offer funnel that declined anything: Marathon counts each declined offer
 * under the first reason that applies, so later rows only see what earlier ones let through.
 */
export function firstDeclineReason(item: MarathonQueueItem): MarathonRejectSummary | undefined {
  return item.processedOffersSummary.rejectSummaryLastOffers.find((row) => row.declined > 0);
}

/** What in the app the reason is about, as the operator wrote it (`hostname UNIQUE`, `0.5`). */
export function reasonSubject(
  reason: MarathonOfferRejectReason,
  app: MarathonApp,
  role: string | undefined,
): string | undefined {
  switch (reason) {
    case 'UnfulfilledConstraint': {
      const constraints = (app.constraints ?? []).map((constraint) =>
        constraint.filter((part) => part !== '').join(' '),
      );
      return constraints.length > 0 ? constraints.join(', ') : undefined;
    }
    case 'InsufficientPorts': {
      const ports = fixedHostPorts(app);
      return ports.length > 0 ? ports.join(', ') : undefined;
    }
    case 'InsufficientCpus':
      return app.cpus === undefined ? undefined : String(app.cpus);
    case 'InsufficientMemory':
      return app.mem === undefined ? undefined : String(app.mem);
    case 'InsufficientDisk':
      return app.disk === undefined ? undefined : String(app.disk);
    case 'InsufficientGpus':
      return app.gpus === undefined ? undefined : String(app.gpus);
    case 'UnfulfilledRole':
      return role;
    default:
      return undefined;
  }
}
