import './stacked-bar.css';

export type BarTone = 'used' | 'offered' | 'neutral' | 'good' | 'warning' | 'danger';

export interface BarSegment {
  key: string;
  value: number;
  tone: BarTone;
}

/**
 * Proportional segments of `total`. With a `label` (which must state the numbers: colour is never
 * the only carrier of the values) it is an image to assistive technology; without one it is
 * decorative and the numbers must be in adjacent text.
 */
export function StackedBar({
  segments,
  total,
  label,
}: {
  segments: BarSegment[];
  total: number;
  label?: string;
}) {
  return (
    <div
      className="stacked-bar"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {segments.map((segment) => (
        <span
          key={segment.key}
          className={`stacked-bar__segment stacked-bar__segment--${segment.tone}`}
          style={{ width: `${total > 0 ? Math.min(100, (segment.value / total) * 100) : 0}%` }}
        />
      ))}
    </div>
  );
}
