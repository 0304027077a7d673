import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MesosFileInfo } from '../../../../api/mesos';
import { useLocale } from '../../../shared/format/use-locale';
import { dateTimeFormat } from '../../../shared/format/intl-formats';
import { paths } from '../../../shared/paths';
import { agentFilesUrl } from '../api/agent-files-urls';
import { formatBytes } from '../utils/format-bytes';
import { basename } from '../utils/sandbox-paths';
import './sandbox-file-table.css';

function isDirectory(entry: MesosFileInfo): boolean {
  return entry.mode.startsWith('d');
}

/** Directories first, then by name, as `ls` users expect. */
function sortEntries(entries: MesosFileInfo[]): MesosFileInfo[] {
  return [...entries].sort(
    (a, b) =>
      Number(isDirectory(b)) - Number(isDirectory(a)) ||
      basename(a.path).localeCompare(basename(b.path)),
  );
}

/** A sandbox directory's entries: directories browse, files open in the viewer or download. */
export function SandboxFileTable({
  agentId,
  path,
  entries,
}: {
  agentId: string;
  path: string;
  entries: MesosFileInfo[];
}) {
  const { t } = useTranslation('sandbox');
  const locale = useLocale();
  const dateFormat = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  if (entries.length === 0) return <p>{t('browse.empty')}</p>;
  return (
    <table className="sandbox-files">
      <caption className="visually-hidden">{t('browse.caption', { path })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('browse.name')}</th>
          <th scope="col">{t('browse.mode')}</th>
          <th scope="col" className="sandbox-files__number">
            {t('browse.size')}
          </th>
          <th scope="col">{t('browse.modified')}</th>
          <th scope="col">{t('browse.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sortEntries(entries).map((entry) => {
          const name = basename(entry.path);
          const directory = isDirectory(entry);
          return (
            <tr key={entry.path}>
              <th scope="row">
                <Link
                  to={
                    directory
                      ? paths.sandboxBrowse.href(agentId, entry.path)
                      : paths.sandboxFile.href(agentId, entry.path)
                  }
                >
                  {directory ? `${name}/` : name}
                </Link>
              </th>
              <td className="sandbox-files__mono">{entry.mode}</td>
              <td
                className="sandbox-files__number"
                title={t('browse.sizeInBytes', { bytes: entry.size })}
              >
                {formatBytes(entry.size, locale)}
              </td>
              <td>
                <time dateTime={new Date(entry.mtime * 1000).toISOString()}>
                  {dateFormat.format(entry.mtime * 1000)}
                </time>
              </td>
              <td>
                {!directory && (
                  <a
                    href={agentFilesUrl(agentId, 'download', entry.path)}
                    download={name}
                    aria-label={t('browse.downloadOf', { name })}
                  >
                    {t('browse.download')}
                  </a>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
