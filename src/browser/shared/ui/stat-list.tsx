import type { ReactNode } from 'react';
import './stat-list.css';

export interface Stat {
  id: string;
  label: ReactNode;
  value: ReactNode;
}

/**
 * Label/value pairs as a description list: `figures` are a card's big numbers, each over its
 * label; `details` are a detail page's fields, a grid of labels over their values.
 */
export function StatList({
  stats,
  layout = 'figures',
}: {
  stats: Stat[];
  layout?: 'figures' | 'details';
}) {
  return (
    <dl className={`stat-list stat-list--${layout}`}>
      {stats.map((stat) => (
        <div className="stat-list__item" key={stat.id}>
          <dt className="stat-list__label">{stat.label}</dt>
          <dd className="stat-list__value">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
