import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/format/use-locale';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import type { JsonObject } from '../editor/json-parser';
import { ReviewDiff } from '../editor/review-diff';
import { definitionText } from '../utils/app-definition-text';
import { formatIsoTime } from '../../../shared/format/format-iso-time';
import '../editor/app-editor.css';
import './versions-tab.css';
import { WriteControl } from '../../session';

export interface VersionsSelection {
  /** Older side of the diff; defaults to the version before the newest. */
  from?: string;
  to?: string;
}

/** Where an app's or a pod's versions come from (their endpoints differ in shape). */
export interface VersionsSource {
  useVersions: (id: string) => UseQueryResult<string[]>;
  useVersion: (id: string, version: string | undefined) => UseQueryResult<JsonObject>;
}

/**
 * The stored versions of an app or pod, newest first: any two side by side in the editor's
 * diff, and a rollback to any of them.
 */
export function VersionsTab({
  id,
  currentVersion,
  source,
  selection,
  onSelect,
  onRollback,
}: {
  id: string;
  currentVersion: string | undefined;
  source: VersionsSource;
  selection: VersionsSelection;
  onSelect: (selection: VersionsSelection) => void;
  onRollback?: (version: string) => void;
}) {
  const { useVersions, useVersion } = source;
  const { t } = useTranslation('apps');
  const locale = useLocale();
  const fromId = useId();
  const toId = useId();
  const versions = useVersions(id);
  const list = versions.data ?? [];
  const to = selection.to ?? list[0];
  const from = selection.from ?? list[1] ?? list[0];
  const fromDefinition = useVersion(id, from);
  const toDefinition = useVersion(id, to);
  const label = (version: string) =>
    version === currentVersion
      ? t('versions.current', { time: formatIsoTime(version, locale) })
      : formatIsoTime(version, locale);

  return (
    <div className="versions">
      <QueryFeedback
        isPending={versions.isPending}
        error={versions.error}
        hasData={versions.data !== undefined}
      />
      <table className="versions__table">
        <caption className="visually-hidden">{t('versions.caption', { appId: id })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.timestamp')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('versions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((version) => (
            <tr key={version}>
              <th scope="row">{label(version)}</th>
              <td>
                <code>{version}</code>
              </td>
              <td>
                {version !== currentVersion && onRollback && (
                  <WriteControl>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('versions.rollbackTo', { version })}
                      onClick={() => onRollback(version)}
                    >
                      {t('versions.rollback')}
                    </button>
                  </WriteControl>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length > 1 && from !== undefined && to !== undefined && (
        <>
          <div className="versions__compare">
            <label htmlFor={fromId}>{t('versions.from')}</label>
            <select
              id={fromId}
              value={from}
              onChange={(event) => onSelect({ from: event.target.value, to })}
            >
              {list.map((version) => (
                <option key={version} value={version}>
                  {label(version)}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>{t('versions.to')}</label>
            <select
              id={toId}
              value={to}
              onChange={(event) => onSelect({ from, to: event.target.value })}
            >
              {list.map((version) => (
                <option key={version} value={version}>
                  {label(version)}
                </option>
              ))}
            </select>
          </div>
          <QueryFeedback
            isPending={fromDefinition.isPending || toDefinition.isPending}
            error={fromDefinition.error ?? toDefinition.error}
            hasData={false}
          />
          {fromDefinition.data && toDefinition.data && (
            <ReviewDiff
              original={definitionText(fromDefinition.data)}
              modified={definitionText(toDefinition.data)}
              heading={t('versions.diffHeading')}
              label={t('versions.diffLabel', { from: label(from), to: label(to) })}
              sideLabels={{
                original: t('versions.diffSide', { version: label(from) }),
                modified: t('versions.diffSide', { version: label(to) }),
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
