import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/format/use-locale';
import type { FilesHost } from '../api/agent-files-urls';
import { useFileTail } from '../hooks/use-file-tail';
import { formatBytes } from '../utils/format-bytes';
import { followAfterScroll } from '../utils/follow-on-scroll';
import { logPieces } from '../utils/log-pieces';
import { stepMatch } from '../utils/search-matches';
import { TAIL_LIMITS } from '../utils/file-tail';
import { basename } from '../utils/sandbox-paths';
import { LogSearch } from './log-search';
import { LogText } from './log-text';
import { SandboxError } from './sandbox-error';
import { TailNotices } from './tail-notices';
import { ViewerToolbar } from './viewer-toolbar';
import './file-viewer.css';

export interface ViewerSettings {
  following: boolean;
  wrap: boolean;
  query: string;
}

/**
 * A sandbox file (or a master's or agent's own log), tailed by byte offset: opens at its end, follows while `following`, stops when
 * the reader scrolls up and resumes at the bottom; search, wrapping and "Load older" on demand.
 * Settings live in the URL; the caller applies changes.
 */
export function FileViewer({
  host,
  path,
  settings,
  onChange,
}: {
  host: FilesHost;
  path: string;
  settings: ViewerSettings;
  onChange: (change: Partial<ViewerSettings>) => void;
}) {
  const { t } = useTranslation('sandbox');
  const locale = useLocale();
  const name = basename(path);
  const { following, wrap, query } = settings;
  const { snapshot, tail } = useFileTail(host, path, following);
  const { buffer } = snapshot;
  const { pieces, count } = useMemo(() => logPieces(buffer, query), [buffer, query]);
  const [chosenMatch, setChosenMatch] = useState(0);
  const currentMatch = count === 0 ? -1 : Math.min(chosenMatch, count - 1);

  const logRef = useRef<HTMLDivElement>(null);
  const lastScrollTop = useRef(0);
  const keepDistanceFromBottom = useRef<number | null>(null);
  /** A step through the matches asks for its match to be scrolled into view (once per step). */
  const [reveal, setReveal] = useState<{ match: number } | null>(null);

  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log || !following) return;
    log.scrollTop = log.scrollHeight;
    lastScrollTop.current = log.scrollTop;
  }, [following, buffer, wrap]);

  useLayoutEffect(() => {
    const log = logRef.current;
    const distance = keepDistanceFromBottom.current;
    if (!log || distance === null || snapshot.loadingOlder) return;
    log.scrollTop = log.scrollHeight - distance;
    lastScrollTop.current = log.scrollTop;
    keepDistanceFromBottom.current = null;
  }, [buffer.start, snapshot.loadingOlder]);

  useLayoutEffect(() => {
    if (!reveal) return;
    logRef.current
      ?.querySelector(`mark[data-match="${reveal.match}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [reveal]);

  const onScroll = () => {
    const log = logRef.current;
    if (!log) return;
    const next = followAfterScroll(following, lastScrollTop.current, log);
    lastScrollTop.current = log.scrollTop;
    if (next !== following) onChange({ following: next });
  };

  const loadOlder = () => {
    const log = logRef.current;
    if (log) keepDistanceFromBottom.current = log.scrollHeight - log.scrollTop;
    if (following) onChange({ following: false });
    void tail.loadOlder();
  };

  const step = (direction: 1 | -1) => {
    if (count === 0) return;
    const match = stepMatch(currentMatch, count, direction);
    setChosenMatch(match);
    setReveal({ match });
    if (following) onChange({ following: false });
  };

  const retry = () => void (snapshot.opened ? tail.poll() : tail.open());
  const empty = snapshot.opened && buffer.end === 0 && snapshot.size === 0;

  return (
    <div className="file-viewer">
      <ViewerToolbar host={host} path={path} following={following} wrap={wrap} onChange={onChange}>
        <LogSearch
          query={query}
          count={count}
          current={currentMatch}
          onQueryChange={(next) => onChange({ query: next })}
          onStep={step}
        />
      </ViewerToolbar>
      {snapshot.error !== null && (
        <div className="file-viewer__error">
          <SandboxError error={snapshot.error} host={host} path={path} />
          <button type="button" onClick={retry}>
            {t('viewer.retry')}
          </button>
        </div>
      )}
      <TailNotices snapshot={snapshot} onDismiss={() => tail.dismissNotice()} />
      {snapshot.opened && (
        <p className="file-viewer__status">
          {t('viewer.loaded', {
            loaded: formatBytes(buffer.end - buffer.start, locale),
            size: formatBytes(snapshot.size, locale),
          })}
          {snapshot.trimmed && (
            <> {t('viewer.trimmed', { max: formatBytes(TAIL_LIMITS.maxBytes, locale) })}</>
          )}
        </p>
      )}
      <div
        ref={logRef}
        className={`file-viewer__log${wrap ? ' file-viewer__log--wrap' : ''}`}
        role="log"
        aria-label={t('viewer.logLabel', { name })}
        aria-busy={!snapshot.opened || snapshot.loadingOlder}
        tabIndex={0}
        onScroll={onScroll}
      >
        {snapshot.opened && (
          <div className="file-viewer__older">
            {buffer.start > 0 ? (
              <button type="button" onClick={loadOlder} disabled={snapshot.loadingOlder}>
                {snapshot.loadingOlder ? t('viewer.loadingOlder') : t('viewer.loadOlder')}
              </button>
            ) : (
              <span>{empty ? t('viewer.empty') : t('viewer.beginning')}</span>
            )}
          </div>
        )}
        {!snapshot.opened && snapshot.error === null && (
          <p role="status" className="file-viewer__opening">
            {t('viewer.opening')}
          </p>
        )}
        <LogText pieces={pieces} currentMatch={currentMatch} />
      </div>
    </div>
  );
}
