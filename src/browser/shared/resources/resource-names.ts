import type { ResourceAmounts } from '../../../api/cluster-model';

/** The scalar resources the console shows everywhere, in display order. */
export const RESOURCE_NAMES = [
  'cpus',
  'mem',
  'disk',
  'gpus',
] as const satisfies readonly (keyof ResourceAmounts)[];
export type ResourceName = (typeof RESOURCE_NAMES)[number];
