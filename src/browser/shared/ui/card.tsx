import { useId, type ReactNode } from 'react';
import './card.css';

/** A titled section; the heading names the region for assistive technology. */
export function Card({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
