import type { BarTone } from './stacked-bar';
import './swatch.css';

/** The legend mark for a bar tone; decorative, the adjacent text carries the meaning. */
export function Swatch({ tone }: { tone: BarTone }) {
  return <span className={`swatch swatch--${tone}`} aria-hidden="true" />;
}
