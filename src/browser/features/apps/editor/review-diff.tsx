import { lazy, Suspense, useId } from 'react';
import { useAppEditorTranslation } from './use-app-editor-translation';

const MonacoDiffView = lazy(() => import('./monaco-diff-view'));

export interface ReviewDiffProps {
  /** The definition as it is now. */
  original: string;
  /** What will be sent. */
  modified: string;
  /** Replaces "Review the changes" where the diff compares something else (two versions). */
  heading?: string;
  /** Accessible name of the diff; replaces the editor's "current on the left, yours on the right". */
  label?: string;
  /** Names of the two sides; replace the editor's "current definition" and "your version". */
  sideLabels?: { original: string; modified: string };
}

export function ReviewDiff({ original, modified, heading, label, sideLabels }: ReviewDiffProps) {
  const t = useAppEditorTranslation();
  const headingId = useId();
  return (
    <section className="app-editor-review" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading ?? t('submit.diffHeading')}</h2>
      {original === modified && <p className="app-editor-note">{t('submit.noChanges')}</p>}
      <Suspense fallback={<p className="app-editor-note">{t('json.loading')}</p>}>
        <MonacoDiffView
          original={original}
          modified={modified}
          ariaLabel={label ?? t('submit.diffLabel')}
          sideLabels={
            sideLabels ?? { original: t('submit.diffOriginal'), modified: t('submit.diffModified') }
          }
          loadingText={t('json.loading')}
        />
      </Suspense>
    </section>
  );
}
