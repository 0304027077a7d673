import { useId, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { Swatch } from '../../../shared/ui/swatch';
import type { BarTone } from '../../../shared/ui/stacked-bar';
import './chart-frame.css';

export const CHART_HEIGHT = 140;
/** Recharts' size before the first measurement (and in jsdom, which does not lay out). */
const INITIAL_SIZE = { width: 320, height: CHART_HEIGHT };

export interface LegendEntry {
  key: string;
  label: string;
  tone: BarTone;
}

/**
 * A chart as a figure: title and a sentence with the figures that matter in the caption (what
 * assistive technology reads), then the drawing, hidden from it, and a legend in words.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  children,
}: {
  title: string;
  summary: string;
  legend: LegendEntry[];
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-frame__caption">
        <span className="chart-frame__title">{title}</span>{' '}
        <span className="chart-frame__summary">{summary}</span>
      </figcaption>
      <div className="chart-frame__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_SIZE}>
          {children}
        </ResponsiveContainer>
      </div>
      <ul className="chart-frame__legend" aria-hidden="true">
        {legend.map((entry) => (
          <li key={entry.key}>
            <Swatch tone={entry.tone} />
            {entry.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
