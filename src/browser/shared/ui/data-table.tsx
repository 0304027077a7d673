import type { ReactNode } from 'react';
import './data-table.css';

export interface DataColumn<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers align to the end of the column. */
  numeric?: boolean;
}

/**
 * A small, fully rendered table (a detail page's history, labels, executors; lists of at most a
 * few hundred rows). The caption is its accessible name; with `rowHeaders` the first cell of
 * each row is the row's header. `empty` replaces the table when there are no rows.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeaders = true,
  empty,
}: {
  caption: string;
  columns: DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  rowHeaders?: boolean;
  empty?: ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" className={numberClass(column.numeric)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column, columnIndex) =>
              rowHeaders && columnIndex === 0 ? (
                <th key={column.id} scope="row" className={numberClass(column.numeric)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.id} className={numberClass(column.numeric)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function numberClass(numeric: boolean | undefined): string | undefined {
  return numeric ? 'data-table__number' : undefined;
}
