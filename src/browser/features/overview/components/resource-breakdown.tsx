import type { ReactNode } from 'react';
import './resource-breakdown.css';

export interface BreakdownRow {
  id: string;
  label: ReactNode;
  value: string;
  /** Share of the total, e.g. "11%"; absent for the total itself. */
  share?: string;
}

/** Rows of label, amount and share, aligned in columns so a glance down a card compares them. */
export function ResourceBreakdown({ rows }: { rows: BreakdownRow[] }) {
  return (
    <dl className="resource-breakdown">
      {rows.map((row) => (
        <div className="resource-breakdown__row" key={row.id}>
          <dt className="resource-breakdown__label">{row.label}</dt>
          <dd className="resource-breakdown__value">{row.value}</dd>
          {row.share !== undefined && <dd className="resource-breakdown__share">{row.share}</dd>}
        </div>
      ))}
    </dl>
  );
}
