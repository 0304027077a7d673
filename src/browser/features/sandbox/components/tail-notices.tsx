import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/format/use-locale';
import { formatBytes } from '../utils/format-bytes';
import type { TailSnapshot } from '../utils/file-tail';

/** Says when the file was truncated or rotated, or when the view skipped ahead to its end. */
export function TailNotices({
  snapshot,
  onDismiss,
}: {
  snapshot: TailSnapshot;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('sandbox');
  const locale = useLocale();
  const { notice } = snapshot;
  if (!notice) return null;
  const text =
    notice.kind === 'truncated'
      ? t('viewer.truncated', {
          size: formatBytes(notice.size, locale),
          offset: formatBytes(notice.offset, locale),
        })
      : t('viewer.skipped', { bytes: formatBytes(notice.bytes, locale) });
  return (
    <div className="notice tail-notice" role="status">
      <p className="notice__text">{text}</p>
      <button type="button" onClick={onDismiss}>
        {t('viewer.dismiss')}
      </button>
    </div>
  );
}
