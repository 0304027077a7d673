import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { giveVirtualTablesHeight } from '../../../testing/jsdom-viewport';
import { staticTableMarkup, type StaticCell } from './static-table';
import type { VirtualColumn } from './virtual-column';
import { VirtualTable } from './virtual-table';

type Row = [string, string, string];

const columns: VirtualColumn<Row>[] = [
  { id: 'id', header: 'ID', minWidth: 16, grow: 3, sortKey: 'id', cell: (row) => row[0] },
  { id: 'name', header: 'Name', minWidth: 8, sortKey: 'name', cell: (row) => row[1] },
  { id: 'ports', header: 'Ports', minWidth: 6, grow: 0.8, align: 'end', cell: (row) => row[2] },
];

const rows: Row[] = Array.from({ length: 5 }, (_, index) => [
  `task-${index}`,
  `name <${index}> & "quoted"`,
  String(31_000 + index),
]);

/** An element as tag, attributes (style split into declarations) and children, for comparing. */
function shape(element: Element): unknown {
  const attributes = Object.fromEntries(
    [...element.attributes].map((attribute) => [
      attribute.name,
      attribute.name === 'style'
        ? attribute.value
            .split(';')
            .map((declaration) => declaration.trim().replace(/\s*:\s*/, ': '))
            // jsdom's CSS parser drops min(), so React's table height never reaches the DOM here.
            .filter((declaration) => declaration !== '' && !declaration.startsWith('height: min('))
            .sort()
        : attribute.value,
    ]),
  );
  const children = [...element.childNodes].map((node) =>
    node instanceof Element ? shape(node) : node.textContent,
  );
  return { tag: element.tagName, attributes, children };
}

function staticTable(): Element {
  const holder = document.createElement('div');
  holder.innerHTML = staticTableMarkup({
    label: 'Tasks',
    columns,
    sort: { key: 'id', order: 'asc' },
    rowCount: 1_000,
    rows: rows.map((row): StaticCell[] => row.map((text) => ({ text }))),
  });
  const table = holder.firstElementChild;
  if (table === null) throw new Error('no markup');
  return table;
}

describe('staticTableMarkup', () => {
  let undoHeight: () => void;
  beforeEach(() => {
    undoHeight = giveVirtualTablesHeight();
  });
  afterEach(() => undoHeight());

  it('draws what VirtualTable renders for the same rows, so the console takes over in place', () => {
    const { container } = render(
      <VirtualTable
        label="Tasks"
        columns={columns}
        rowCount={1_000}
        rowAt={(index) => rows[index]}
        pendingText="Loading…"
        sort={{ key: 'id', order: 'asc' }}
        onSortChange={() => {}}
      />,
    );
    const rendered = container.querySelector('[role="table"]');
    if (rendered === null) throw new Error('VirtualTable rendered no table');
    const drawn = staticTable();
    const withoutRows = (table: Element) => {
      const copy = table.cloneNode(true) as Element;
      copy.querySelector('.virtual-table__body')?.replaceChildren();
      return shape(copy);
    };
    expect(withoutRows(drawn)).toEqual(withoutRows(rendered));
    const bodyRows = (table: Element) =>
      [...table.querySelectorAll('.virtual-table__body > [role="row"]')].slice(0, rows.length);
    expect(bodyRows(drawn).map(shape)).toEqual(bodyRows(rendered).map(shape));
  });

  it('escapes text and links, so cluster data never becomes markup', () => {
    const holder = document.createElement('div');
    holder.innerHTML = staticTableMarkup({
      label: 'Tasks "<b>"',
      columns: columns.slice(0, 1),
      rowCount: 1,
      rows: [[{ text: '<img src=x onerror=alert(1)>', href: '/tasks/a"><script>x</script>' }]],
    });
    expect(holder.querySelector('img, script, b')).toBeNull();
    const link = holder.querySelector('[role="cell"] a');
    expect(link?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(link?.getAttribute('href')).toBe('/tasks/a"><script>x</script>');
    expect(holder.querySelector('[role="table"]')?.getAttribute('aria-label')).toBe('Tasks "<b>"');
  });
});
