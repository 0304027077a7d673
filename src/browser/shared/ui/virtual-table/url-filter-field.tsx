import { useSearchWriter } from '../../url/use-search-writer';
import { FilterField } from './filter-field';
import { TableToolbar } from './table-toolbar';

/**
 * A page's one text filter, kept in the URL as `?<param>=` (so a filtered view is a link), in
 * the table toolbar and reachable with the page-search shortcut.
 */
export function UrlFilterField({ label, param = 'q' }: { label: string; param?: string }) {
  const [search, write] = useSearchWriter();
  return (
    <TableToolbar>
      <FilterField
        label={label}
        value={search.get(param) ?? ''}
        onChange={(value) =>
          write((current) => {
            if (value.trim() === '') current.delete(param);
            else current.set(param, value.trim());
            return current;
          })
        }
        pageSearch
      />
    </TableToolbar>
  );
}
