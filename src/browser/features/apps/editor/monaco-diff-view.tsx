import { DiffEditor } from '@monaco-editor/react';
import './monaco-setup';
import { useColorScheme } from '../../../shared/theme/use-color-scheme';

export interface MonacoDiffViewProps {
  original: string;
  modified: string;
  ariaLabel: string;
  loadingText: string;
}

/** Read-only side-by-side diff; loaded only through React.lazy (see review-diff.tsx). */
export default function MonacoDiffView({
  original,
  modified,
  ariaLabel,
  loadingText,
}: MonacoDiffViewProps) {
  const scheme = useColorScheme();
  return (
    <DiffEditor
      theme={scheme === 'dark' ? 'vs-dark' : 'vs'}
      height="50vh"
      language="json"
      original={original}
      modified={modified}
      loading={loadingText}
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
