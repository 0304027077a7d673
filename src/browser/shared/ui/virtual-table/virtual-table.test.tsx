import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Slice } from '../../../../api/cluster-model';
import { giveVirtualTablesHeight } from '../../../testing/jsdom-viewport';
import { useSliceWindow, type PageRequest } from './use-slice-window';
import type { TableSort, VirtualColumn } from './virtual-column';
import { VirtualTable } from './virtual-table';

const TOTAL = 100_000;
const ROW_HEIGHT = 36;

interface Item {
  id: string;
  rank: number;
}

/** A fake server list: rows are computed from the index, and every request is recorded. */
function fakeSource(requests: PageRequest[], order: TableSort['order']) {
  return (page: PageRequest) =>
    queryOptions({
      queryKey: ['fake-items', order, page],
      queryFn: (): Slice<Item> => {
        requests.push(page);
        const end = Math.min(TOTAL, page.offset + page.limit);
        const rows: Item[] = [];
        for (let index = page.offset; index < end; index++) {
          const rank = order === 'asc' ? index : TOTAL - 1 - index;
          rows.push({ id: `item-${rank}`, rank });
        }
        return { ...page, total: TOTAL, rows, generation: 1 };
      },
    });
}

const columns: VirtualColumn<Item>[] = [
  { id: 'id', header: 'Item', minWidth: 10, sortKey: 'id', cell: (item) => item.id },
  { id: 'rank', header: 'Rank', minWidth: 6, grow: 0, align: 'end', cell: (item) => item.rank },
];

function FakeTable({ requests }: { requests: PageRequest[] }) {
  const [sort, setSort] = useState<TableSort>({ key: 'id', order: 'asc' });
  const rows = useSliceWindow(fakeSource(requests, sort.order));
  return (
    <VirtualTable
      label="Items"
      columns={columns}
      rowCount={rows.total ?? 0}
      rowAt={rows.rowAt}
      pendingText="Loading…"
      sort={sort}
      onSortChange={setSort}
      onVisibleRangeChange={rows.setVisibleRange}
      scrollResetKey={sort.order}
      rowHeight={ROW_HEIGHT}
    />
  );
}

function renderTable() {
  const requests: PageRequest[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <FakeTable requests={requests} />
    </QueryClientProvider>,
  );
  return { requests };
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

let undoHeight: () => void;
beforeEach(() => {
  undoHeight = giveVirtualTablesHeight(720);
});
afterEach(() => undoHeight());

describe('VirtualTable over slices', () => {
  it('renders only a window of a 100k-row list, fetching one page', async () => {
    const { requests } = renderTable();
    const table = await screen.findByRole('table', { name: 'Items' });
    await screen.findByRole('cell', { name: 'item-0' });

    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    const rows = bodyRows(table);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(requests).toEqual([{ offset: 0, limit: 200 }]);
  });

  it('fetches the page around the rows scrolled to, never the whole list', async () => {
    const { requests } = renderTable();
    const table = await screen.findByRole('table', { name: 'Items' });
    await screen.findByRole('cell', { name: 'item-0' });

    act(() => {
      table.scrollTop = 50_000 * ROW_HEIGHT;
      fireEvent.scroll(table);
    });

    // While the page scrolled to loads, the list keeps its length and shows placeholder rows.
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(within(table).getAllByRole('cell', { name: 'Loading…' }).length).toBeGreaterThan(0);

    const cell = await screen.findByRole('cell', { name: 'item-50000' });
    expect(cell.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('50002');
    expect(screen.queryByRole('cell', { name: 'item-0' })).toBeNull();
    expect(requests.every((page) => page.limit === 200)).toBe(true);
    expect(requests.map((page) => page.offset)).toContain(50_000 - (50_000 % 200));
    expect(requests.length).toBeLessThanOrEqual(4);
  });

  it('sorts through header buttons that report aria-sort', async () => {
    renderTable();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Items' });
    const header = within(table).getByRole('columnheader', { name: /Item/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(
      within(table).getByRole('columnheader', { name: 'Rank' }).hasAttribute('aria-sort'),
    ).toBe(false);

    await user.click(within(header).getByRole('button', { name: /Item/ }));

    expect(header.getAttribute('aria-sort')).toBe('descending');
    await screen.findByRole('cell', { name: `item-${TOTAL - 1}` });
  });
});
