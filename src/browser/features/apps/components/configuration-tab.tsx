import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarathonApp, MarathonPod } from '../../../../api/marathon';
import { definitionFileName, definitionText } from '../utils/app-definition-text';
import './configuration-tab.css';

type CopyState = 'idle' | 'copied' | 'failed';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The app's (or pod's) definition, read-only, to copy or download (and POST elsewhere as it is). */
export function ConfigurationTab({ app }: { app: MarathonApp | MarathonPod }) {
  const { t } = useTranslation('apps');
  const [copy, setCopy] = useState<CopyState>('idle');
  const text = definitionText(app);
  const fileName = definitionFileName(app.id);

  useEffect(() => {
    if (copy === 'idle') return;
    const timer = setTimeout(() => setCopy('idle'), 3_000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyText = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <div className="configuration">
      <div className="configuration__toolbar">
        <button type="button" className="button" onClick={copyText}>
          {t('configuration.copy')}
        </button>
        <button type="button" className="button" onClick={() => download(text, fileName)}>
          {t('configuration.download', { fileName })}
        </button>
        <span role="status">
          {copy === 'copied' && t('configuration.copied')}
          {copy === 'failed' && t('configuration.copyFailed')}
        </span>
      </div>
      {/* Focusable so the keyboard can scroll it; a named region, since a bare <pre> cannot be named. */}
      <pre
        className="configuration__json"
        role="region"
        tabIndex={0}
        aria-label={t('configuration.label')}
      >
        <code>{text}</code>
      </pre>
    </div>
  );
}
