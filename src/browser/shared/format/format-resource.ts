import { formatMegabytes } from './format-megabytes';
import { formatNumber } from './format-number';
import type { ResourceName } from '../resources/resource-names';

/** mem and disk come in MB and read better in GB/TB; cpus and gpus are counts. */
export function formatResource(name: ResourceName, value: number, locale: string): string {
  return name === 'mem' || name === 'disk'
    ? formatMegabytes(value, locale)
    : formatNumber(value, locale);
}
