import { escapeHtml, htmlAttributes } from '../../html/escape-html';
import * as layout from './table-layout';
import type { TableSort, VirtualColumn } from './virtual-column';

/** A cell as text, or as a link when `href` is set. */
export interface StaticCell {
  text: string;
  href?: string;
  /** A swatch class drawn before the text, as the state column's label does. */
  swatch?: string;
}

export type StaticColumn = Omit<VirtualColumn<unknown>, 'cell'>;

export interface StaticTable {
  label: string;
  columns: readonly StaticColumn[];
  sort?: TableSort;
  /** Every row of the list, as `aria-rowcount` and the table's height count them. */
  rowCount: number;
  /** The first rows, a cell per column. */
  rows: readonly StaticCell[][];
  /**
   * Names the first row's first cell for the Element Timing API, so `npm run bench` can read
   * when the first row was painted.
   */
  elementTiming?: string;
}

function styleAttribute(style: Record<string, string>): string {
  return Object.entries(style)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

function cellMarkup(cell: StaticCell): string {
  const swatch =
    cell.swatch === undefined
      ? ''
      : `<span${htmlAttributes({ class: `swatch ${cell.swatch}`, 'aria-hidden': 'true' })}></span>`;
  const text = escapeHtml(cell.text);
  if (cell.href === undefined) return swatch ? `<span>${swatch}${text}</span>` : text;
  return `<a${htmlAttributes({ href: cell.href })}>${swatch}${text}</a>`;
}

function headerMarkup(column: StaticColumn, sort: TableSort | undefined): string {
  const className = layout.headerCellClass(column.align);
  const header = escapeHtml(column.header);
  if (column.sortKey === undefined) {
    return `<div${htmlAttributes({ role: 'columnheader', class: className })}>${header}</div>`;
  }
  const order = sort?.key === column.sortKey ? sort.order : undefined;
  return (
    `<div${htmlAttributes({ role: 'columnheader', 'aria-sort': layout.ariaSort(order), class: className })}>` +
    `<button type="button" class="virtual-table__sort">${header}` +
    `<span class="virtual-table__sort-mark" aria-hidden="true">${layout.sortMark(order)}</span>` +
    `</button></div>`
  );
}

/**
 * The markup VirtualTable draws for its first rows, as a string: what the server writes into the
 * page so rows show before the console's code has run. Every text and link is escaped here.
 * virtual-table.test.tsx holds it to what React renders.
 */
export function staticTableMarkup(table: StaticTable): string {
  const rowHeight = layout.DEFAULT_ROW_HEIGHT;
  const style = layout.virtualTableStyle(table.columns, table.rowCount, rowHeight);
  const head = table.columns.map((column) => headerMarkup(column, table.sort)).join('');
  const body = table.rows
    .map((cells, index) => {
      const start = (index + 1) * rowHeight;
      const row = htmlAttributes({
        role: 'row',
        'aria-rowindex': index + 2,
        class: layout.BODY_ROW_CLASS,
        style: `transform: ${layout.rowPlacement(start, rowHeight)}`,
      });
      const content = cells
        .map((cell, column) => {
          const align = table.columns[column]?.align;
          const timing = index === 0 && column === 0 ? table.elementTiming : undefined;
          const attributes = htmlAttributes({
            role: 'cell',
            class: layout.bodyCellClass(align),
            elementtiming: timing,
          });
          return `<div${attributes}>${cellMarkup(cell)}</div>`;
        })
        .join('');
      return `<div${row}>${content}</div>`;
    })
    .join('');
  const bodyHeight = Math.max(0, table.rowCount * rowHeight);
  return (
    `<div${htmlAttributes({
      class: 'virtual-table',
      role: 'table',
      'aria-label': table.label,
      'aria-rowcount': table.rowCount + 1,
      'aria-colcount': table.columns.length,
      tabindex: 0,
      style: styleAttribute(style),
    })}>` +
    `<div role="rowgroup" class="virtual-table__head">` +
    `<div role="row" aria-rowindex="1" class="virtual-table__row">${head}</div></div>` +
    `<div${htmlAttributes({ role: 'rowgroup', class: 'virtual-table__body', style: `height: ${bodyHeight}px` })}>` +
    `${body}</div></div>`
  );
}
