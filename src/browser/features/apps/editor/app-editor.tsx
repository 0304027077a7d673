import { Tabs } from 'radix-ui';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { applyFormEditToDocument, createAppDocument, type AppDocument } from './app-document';
import { serializeDocument, type FormEdit } from './apply-form-patch';
import { describeProblem } from './describe-problem';
import { browserDraftStore } from './draft-store';
import { FormEditor } from './form-editor';
import type { JsonObject } from './json-parser';
import { JsonEditor, type DefinitionKind } from './json-editor';
import { mapMarathonError, type ServerErrorResponse } from './map-marathon-errors';
import { PodFormEditor } from './pod-form-editor';
import { ReviewDiff } from './review-diff';
import { ServerErrorPanel } from './server-error-panel';
import { stripStatusFields } from './strip-status-fields';
import { APP_TEMPLATES, type AppTemplate } from './templates';
import { useAppEditorTranslation } from './use-app-editor-translation';
import './app-editor.css';

export type EditorMode = 'json' | 'form';

export interface AppEditorProps {
  /** The document to start from (a template, or for Edit the app without status fields). */
  initialText: string;
  /** Called with the parsed app (status fields stripped); `force` after the user chose to force a lock. */
  onSubmit: (app: JsonObject, options: { force: boolean }) => void;
  /** Label of the final submit button, e.g. "Create application". */
  submitLabel: string;
  /** The failed response of the last submit: `{ status, body }` with Marathon's JSON body. */
  serverError?: ServerErrorResponse;
  /** Keeps the text in localStorage under this key ('new' or the app id) until cleared by the caller. */
  draftKey?: string;
  /** Edit: the current definition. Submitting then shows a review diff before sending. */
  reviewAgainst?: string;
  /** Offers the nginx, tomcat and shell templates. */
  showTemplates?: boolean;
  /** Disables the submit buttons while a request is in flight. */
  submitting?: boolean;
  initialMode?: EditorMode;
  /** A pod's form shows pod fields; its schema drives Monaco. */
  kind?: DefinitionKind;
}

/** The same app in one canonical text, so the review diff shows changes, not formatting. */
function normalised(text: string): string {
  const document = createAppDocument(text);
  return document.app ? serializeDocument(stripStatusFields(document.app)) : text;
}

export function AppEditor({
  initialText,
  onSubmit,
  submitLabel,
  serverError,
  draftKey,
  reviewAgainst,
  showTemplates = false,
  submitting = false,
  initialMode = 'json',
  kind = 'app',
}: AppEditorProps) {
  const t = useAppEditorTranslation();
  const [restored] = useState(() => {
    const draft = draftKey === undefined ? null : browserDraftStore().load(draftKey);
    return draft !== null && draft !== initialText ? draft : null;
  });
  const [document, setDocument] = useState<AppDocument>(() =>
    createAppDocument(restored ?? initialText),
  );
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [mode, setMode] = useState<EditorMode>(initialMode);
  const [reviewing, setReviewing] = useState(false);
  const [fixJsonFirst, setFixJsonFirst] = useState(false);
  const [pendingTemplate, setPendingTemplate] = useState<AppTemplate | null>(null);

  useEffect(() => {
    if (draftKey !== undefined && document.text !== initialText)
      browserDraftStore().save(draftKey, document.text);
  }, [draftKey, document.text, initialText]);

  const setText = useCallback((text: string) => {
    setDocument(createAppDocument(text));
    setFixJsonFirst(false);
  }, []);
  const onEdit = useCallback(
    (edit: FormEdit) => setDocument((current) => applyFormEditToDocument(current, edit)),
    [],
  );

  const mapped = useMemo(
    () => (serverError ? mapMarathonError(serverError, document.app) : undefined),
    [serverError, document.app],
  );
  const pathErrors = mapped?.kind === 'invalid' ? mapped.errors : undefined;

  const send = (force: boolean) => {
    if (!document.app) {
      setFixJsonFirst(true);
      setMode('json');
      return;
    }
    if (reviewAgainst !== undefined && !reviewing && !force) {
      setReviewing(true);
      return;
    }
    onSubmit(stripStatusFields(document.app), { force });
  };

  const chooseTemplate = (template: AppTemplate) => {
    if (document.text.trim() === '' || document.text === initialText) setText(template.text);
    else setPendingTemplate(template);
  };

  if (reviewing && reviewAgainst !== undefined) {
    return (
      <div className="app-editor">
        <ReviewDiff original={normalised(reviewAgainst)} modified={normalised(document.text)} />
        {mapped && (
          <ServerErrorPanel error={mapped} onForce={() => send(true)} forceDisabled={submitting} />
        )}
        <div className="app-editor-actions">
          <button type="button" className="app-editor-button" onClick={() => setReviewing(false)}>
            {t('submit.backToEditing')}
          </button>
          <button
            type="button"
            className="app-editor-button app-editor-button--primary"
            disabled={submitting}
            onClick={() => send(false)}
          >
            {submitLabel}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="app-editor">
      {showRestored && (
        <div className="app-editor-banner" role="status">
          <span>{t('draft.restored')}</span>
          <button
            type="button"
            className="app-editor-button app-editor-button--quiet"
            onClick={() => {
              setText(initialText);
              setShowRestored(false);
            }}
          >
            {t('draft.discard')}
          </button>
        </div>
      )}
      {showTemplates && (
        <div className="app-editor-templates" role="group" aria-label={t('templates.label')}>
          <span>{t('templates.label')}</span>
          {APP_TEMPLATES.map((template) => (
            <button
              key={template.id}
              type="button"
              className="app-editor-button"
              onClick={() => chooseTemplate(template)}
            >
              {t(template.labelKey)}
            </button>
          ))}
          {pendingTemplate && (
            <div className="app-editor-banner" role="alertdialog" aria-label={t('templates.label')}>
              <span>{t('templates.confirm', { template: t(pendingTemplate.labelKey) })}</span>
              <button
                type="button"
                className="app-editor-button"
                onClick={() => {
                  setText(pendingTemplate.text);
                  setPendingTemplate(null);
                }}
              >
                {t('templates.replace')}
              </button>
              <button
                type="button"
                className="app-editor-button app-editor-button--quiet"
                onClick={() => setPendingTemplate(null)}
              >
                {t('templates.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      <Tabs.Root
        value={mode}
        onValueChange={(value) => setMode(value === 'form' ? 'form' : 'json')}
      >
        <Tabs.List className="app-editor-modes" aria-label={t('modes.label')}>
          <Tabs.Trigger value="json">{t('modes.json')}</Tabs.Trigger>
          <Tabs.Trigger value="form">{t('modes.form')}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="json">
          <JsonEditor
            document={document}
            onChange={setText}
            kind={kind}
            {...(pathErrors ? { serverErrors: pathErrors } : {})}
          />
        </Tabs.Content>
        <Tabs.Content value="form">
          {document.app && kind === 'pod' ? (
            <PodFormEditor
              pod={document.app}
              onEdit={onEdit}
              {...(pathErrors ? { serverErrors: pathErrors } : {})}
            />
          ) : document.app ? (
            <FormEditor
              app={document.app}
              onEdit={onEdit}
              {...(pathErrors ? { serverErrors: pathErrors } : {})}
            />
          ) : (
            <div className="app-editor-form-unavailable" role="alert">
              <p className="app-editor-parse-error">{describeProblem(t, document.problem)}</p>
              <p>{t('parseError.formUnavailable')}</p>
              <button type="button" className="app-editor-button" onClick={() => setMode('json')}>
                {t('parseError.backToJson')}
              </button>
            </div>
          )}
        </Tabs.Content>
      </Tabs.Root>
      {mapped && (
        <ServerErrorPanel error={mapped} onForce={() => send(true)} forceDisabled={submitting} />
      )}
      {fixJsonFirst && (
        <p className="app-editor-parse-error" role="alert">
          {t('submit.fixJsonFirst')}
        </p>
      )}
      <div className="app-editor-actions">
        <button
          type="button"
          className="app-editor-button app-editor-button--primary"
          disabled={submitting}
          onClick={() => send(false)}
        >
          {reviewAgainst === undefined ? submitLabel : t('submit.review')}
        </button>
      </div>
    </div>
  );
}
