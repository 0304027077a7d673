import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { MODEL_PATHS, monaco } from './monaco-setup';
import { useMonacoTheme } from './monaco-theme';
import type { ServerMarker } from './server-markers';

export interface MonacoJsonEditorProps {
  text: string;
  onChange: (text: string) => void;
  markers: ServerMarker[];
  ariaLabel: string;
  loadingText: string;
  /** Which definition the text is, for its schema. */
  kind: keyof typeof MODEL_PATHS;
}

const MARKER_OWNER = 'marathon';

/** Monaco with the app or pod definition schema; loaded only through React.lazy (see json-editor.tsx). */
export default function MonacoJsonEditor({
  text,
  onChange,
  markers,
  ariaLabel,
  loadingText,
  kind,
}: MonacoJsonEditorProps) {
  const theme = useMonacoTheme();
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markers.map((marker) => ({ ...marker, severity: monaco.MarkerSeverity.Error })),
    );
  }, [editor, markers]);
  return (
    <Editor
      theme={theme}
      height="60vh"
      language="json"
      path={MODEL_PATHS[kind]}
      value={text}
      loading={loadingText}
      onChange={(value) => onChange(value ?? '')}
      onMount={setEditor}
      options={{
        ariaLabel,
        minimap: { enabled: false },
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
