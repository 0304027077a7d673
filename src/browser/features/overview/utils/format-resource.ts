import { formatMegabytes } from '../../../shared/format/format-megabytes';
import { formatNumber } from '../../../shared/format/format-number';
import type { ResourceName } from '../../../shared/resources/resource-names';

/** mem and disk come in MB and read better in GB/TB; cpus and gpus are counts. */
export function formatResource(name: ResourceName, value: number, locale: string): string {
  return name === 'mem' || name === 'disk'
    ? formatMegabytes(value, locale)
    : formatNumber(value, locale);
}
