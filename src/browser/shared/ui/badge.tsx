import type { ReactNode } from 'react';
import './badge.css';

/** A short inline label that warns, e.g. "Simulated cluster". */
export function Badge({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <span className="badge" title={title}>
      {children}
    </span>
  );
}
