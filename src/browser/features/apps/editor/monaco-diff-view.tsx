import { DiffEditor, type MonacoDiffEditor } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { monaco } from './monaco-setup';
import { useMonacoTheme } from './monaco-theme';

export interface SideLabels {
  original: string;
  modified: string;
}

export interface MonacoDiffViewProps {
  original: string;
  modified: string;
  ariaLabel: string;
  /** Names of the two sides' text areas, each its own textbox for assistive technology. */
  sideLabels: SideLabels;
  loadingText: string;
}

/**
 * Monaco's diff editor re-applies its options to both sides right after creation (and on every
 * switch between side-by-side and inline) with an empty `ariaLabel`, dropping
 * `originalAriaLabel`/`modifiedAriaLabel`: the sides end up as unnamed textboxes. Naming each side
 * again whenever its configuration changes keeps them named.
 */
function useSideLabels(diff: MonacoDiffEditor | null, labels: SideLabels): void {
  const { original, modified } = labels;
  useEffect(() => {
    if (!diff) return;
    const sides = [
      { editor: diff.getOriginalEditor(), label: original },
      { editor: diff.getModifiedEditor(), label: modified },
    ];
    const subscriptions = sides.map(({ editor, label }) => {
      const name = () => {
        if (editor.getOption(monaco.editor.EditorOption.ariaLabel) !== label) {
          editor.updateOptions({ ariaLabel: label });
        }
      };
      name();
      return editor.onDidChangeConfiguration(name);
    });
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
    };
  }, [diff, original, modified]);
}

/** Read-only side-by-side diff; loaded only through React.lazy (see review-diff.tsx). */
export default function MonacoDiffView({
  original,
  modified,
  ariaLabel,
  sideLabels,
  loadingText,
}: MonacoDiffViewProps) {
  const theme = useMonacoTheme();
  const [diff, setDiff] = useState<MonacoDiffEditor | null>(null);
  useSideLabels(diff, sideLabels);
  return (
    <DiffEditor
      theme={theme}
      height="50vh"
      language="json"
      original={original}
      modified={modified}
      loading={loadingText}
      onMount={setDiff}
      options={{
        readOnly: true,
        originalEditable: false,
        ariaLabel,
        minimap: { enabled: false },
        automaticLayout: true,
      }}
    />
  );
}
