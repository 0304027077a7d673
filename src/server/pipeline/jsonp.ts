import type { PipelineStep } from './request-pipeline';

/** Mesos answers `?jsonp=f` (and older Marathon `?callback=f`) with script any page can include. */
const JSONP_PARAMETERS = new Set(['jsonp', 'callback']);

export const jsonpStep: PipelineStep = ({ api, queryNames }) => {
  if (!api) return undefined;
  const named = queryNames.find((name) => JSONP_PARAMETERS.has(name.toLowerCase()));
  if (named === undefined) return undefined;
  return {
    status: 400,
    reason: 'jsonp',
    message: `Stadium does not serve JSONP: remove the "${named}" query parameter and read the JSON answer.`,
  };
};
