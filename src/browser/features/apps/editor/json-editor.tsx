import { lazy, Suspense, useMemo } from 'react';
import type { AppDocument } from './app-document';
import { describeProblem } from './describe-problem';
import type { PathError } from './map-marathon-errors';
import { markersForPathErrors } from './server-markers';
import { useAppEditorTranslation } from './use-app-editor-translation';

/** Apps and pods share the editor; the kind picks the schema and whether the form fits. */
export type DefinitionKind = 'app' | 'pod';

// Monaco is a separate chunk: nothing else imports monaco-json-editor (and with it monaco-editor).
const MonacoJsonEditor = lazy(() => import('./monaco-json-editor'));

export interface JsonEditorProps {
  document: AppDocument;
  onChange: (text: string) => void;
  serverErrors?: PathError[];
  kind: DefinitionKind;
}

export function JsonEditor({ document, onChange, serverErrors, kind }: JsonEditorProps) {
  const t = useAppEditorTranslation();
  const markers = useMemo(
    () =>
      document.spans && serverErrors
        ? markersForPathErrors(document.text, document.spans, serverErrors)
        : [],
    [document, serverErrors],
  );
  return (
    <div className="app-editor-json">
      <Suspense fallback={<p className="app-editor-note">{t('json.loading')}</p>}>
        <MonacoJsonEditor
          text={document.text}
          onChange={onChange}
          markers={markers}
          ariaLabel={t(kind === 'pod' ? 'json.podEditorLabel' : 'json.editorLabel')}
          loadingText={t('json.loading')}
          kind={kind}
        />
      </Suspense>
      {document.problem && (
        <p className="app-editor-parse-error" role="alert">
          {describeProblem(t, document.problem)}
        </p>
      )}
    </div>
  );
}
