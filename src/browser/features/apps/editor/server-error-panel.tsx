import type { EditorServerError } from './map-marathon-errors';
import { useAppEditorTranslation } from './use-app-editor-translation';

export interface ServerErrorPanelProps {
  error: EditorServerError;
  /** Sends the document again with force=true; offered only for a deployment lock. */
  onForce: () => void;
  forceDisabled?: boolean;
}

/** What Marathon said, in words: every 422 error with its path (fields show them too). */
export function ServerErrorPanel({ error, onForce, forceDisabled = false }: ServerErrorPanelProps) {
  const t = useAppEditorTranslation();
  return (
    <div className="app-editor-server-error" role="alert">
      {error.kind === 'invalid' && (
        <>
          <p>{t('server.invalid', { message: error.message })}</p>
          <ul>
            {error.errors.map((pathError, index) => (
              <li key={index}>
                {t('server.atPath', {
                  path: pathError.pointer === '' ? t('server.wholeDocument') : pathError.pointer,
                  messages: pathError.messages.join('; '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {error.kind === 'locked' && (
        <>
          <p>{t('server.locked', { deployments: error.deploymentIds.join(', ') })}</p>
          <p>{t('server.forceConsequence')}</p>
          <button
            type="button"
            className="app-editor-button app-editor-button--danger"
            onClick={onForce}
            disabled={forceDisabled}
          >
            {t('server.force')}
          </button>
        </>
      )}
      {error.kind === 'exists' && <p>{t('server.exists', { message: error.message })}</p>}
      {error.kind === 'document' && (
        <>
          <p>{t('server.document', { status: error.status, message: error.message })}</p>
          {error.details && <pre className="app-editor-details">{error.details}</pre>}
        </>
      )}
    </div>
  );
}
