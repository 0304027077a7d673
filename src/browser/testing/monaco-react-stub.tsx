import type { ChangeEvent } from 'react';

/*
 * jsdom cannot run Monaco. Tests swap `@monaco-editor/react` for this module:
 *   vi.mock('@monaco-editor/react', () => import('<path to>/testing/monaco-react-stub'));
 * The editor becomes a textarea and the diff two <pre>s, named as Monaco names them.
 */

export default function Editor(props: {
  value?: string;
  onChange?: (value: string) => void;
  options?: { ariaLabel?: string };
}) {
  return (
    <textarea
      aria-label={props.options?.ariaLabel}
      value={props.value}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => props.onChange?.(event.target.value)}
    />
  );
}

export function DiffEditor(props: {
  original?: string;
  modified?: string;
  options?: { ariaLabel?: string };
}) {
  return (
    <div role="figure" aria-label={props.options?.ariaLabel}>
      <pre data-testid="diff-original">{props.original}</pre>
      <pre data-testid="diff-modified">{props.modified}</pre>
    </div>
  );
}
