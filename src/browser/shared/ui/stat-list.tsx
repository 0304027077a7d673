import type { ReactNode } from 'react';
import './stat-list.css';

export interface Stat {
  id: string;
  label: ReactNode;
  value: ReactNode;
}

/** Label/value pairs as a description list. */
export function StatList({ stats }: { stats: Stat[] }) {
  return (
    <dl className="stat-list">
      {stats.map((stat) => (
        <div className="stat-list__item" key={stat.id}>
          <dt className="stat-list__label">{stat.label}</dt>
          <dd className="stat-list__value">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
