import type { PipelineStep } from './request-pipeline';

/**
 * Stadium answers OPTIONS under /api itself and never forwards it: it serves no cross-origin
 * callers, so a CORS preflight gets no CORS headers and the browser drops the real request.
 */
export const preflightStep: PipelineStep = ({ api, method }) => {
  if (!api || method !== 'OPTIONS') return undefined;
  return {
    status: 405,
    reason: 'preflight',
    headers: { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE' },
    message:
      'Stadium answers OPTIONS itself and allows no cross-origin requests to /api; ' +
      'send the request from the console, or from a script without an Origin header.',
  };
};
