/** What other features use of apps: Marathon's launch queue, its backoff reset and its reasons. */
export { useQueue } from './api/get-queue';
export { useResetDelay } from './api/reset-delay';
export { firstDeclineReason, reasonSubject } from './utils/waiting-reason';
