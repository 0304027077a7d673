import type { ReactNode } from 'react';
import './detail-list.css';

export interface DetailItem {
  id: string;
  label: string;
  value: ReactNode;
}

/** Label/value rows of a detail page, as a description list. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <dl className="detail-list">
      {items.map((item) => (
        <div className="detail-list__item" key={item.id}>
          <dt className="detail-list__label">{item.label}</dt>
          <dd className="detail-list__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
