import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error';
import { describeError } from '../../../shared/ui/describe-error';
import { isNodeLog, type FilesHost } from '../api/agent-files-urls';
import '../../../shared/ui/notice.css';

const AGENT_UNKNOWN = /not known to the leading master|unknown agent/i;
const MASTER_UNKNOWN = /is not a known master/;

/** What went wrong reaching a sandbox path, in the operator's terms, with the upstream's words. */
export function SandboxError({
  error,
  host,
  path,
}: {
  error: unknown;
  host: FilesHost;
  path: string;
}) {
  const { t } = useTranslation('sandbox');
  const { t: tCommon } = useTranslation();
  let headline: string | null = null;
  const agentId = 'agentId' in host ? host.agentId : null;
  const node = 'master' in host ? host.node : undefined;
  if (isApiError(error) && agentId === null) {
    if (error.status === 404 && node !== undefined && MASTER_UNKNOWN.test(error.message)) {
      headline = t('errors.masterUnknown', { node });
    } else if (error.status === 404) headline = t('errors.noLog', { path });
    else if (error.status === 502 || error.status === 504) {
      headline = node === undefined ? t('errors.masterDown') : t('errors.masterNodeDown', { node });
    }
  } else if (isApiError(error)) {
    if (error.status === 404 && isNodeLog(path) && !AGENT_UNKNOWN.test(error.message)) {
      headline = t('errors.noLog', { path });
    } else if (error.status === 404) {
      headline = AGENT_UNKNOWN.test(error.message)
        ? t('errors.agentGone', { agentId })
        : t('errors.notFound', { agentId, path });
    } else if (error.status === 502 || error.status === 504) {
      headline = t('errors.agentDown', { agentId });
    } else if (error.status === 400) {
      headline = t('errors.notReadable');
    }
  }
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__icon" aria-hidden="true">
        ⚠
      </span>
      <p className="notice__text">
        {headline && (
          <>
            {headline}
            <br />
          </>
        )}
        {describeError(error, tCommon)}
      </p>
    </div>
  );
}
