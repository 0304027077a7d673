import type { Slice } from '../../api/cluster-model';
import type { Paging } from './query-params';

/** The page `paging` asks for out of `matched` (row indices in display order), as a Slice. */
export function slicePage<Row>(
  matched: Uint32Array,
  paging: Paging,
  generation: number,
  rowAt: (index: number) => Row,
): Slice<Row> {
  const rows: Row[] = [];
  const end = Math.min(matched.length, paging.offset + paging.limit);
  for (let k = paging.offset; k < end; k++) rows.push(rowAt(matched[k] as number));
  return { total: matched.length, offset: paging.offset, limit: paging.limit, rows, generation };
}
