import { useTranslation } from 'react-i18next';
import type { FrameworkRow } from '../../../../api/cluster-model';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { RESOURCE_NAMES } from '../../../shared/resources/resource-names';
import { formatResource } from '../../../shared/format/format-resource';
import { StatList } from '../../../shared/ui/stat-list';
import { formatTime } from '../../../shared/format/format-time';
import { httpLink } from '../../../shared/url/upstream-links';

export function FrameworkSummary({ framework }: { framework: FrameworkRow }) {
  const { t } = useTranslation('frameworks');
  const { t: tOverview } = useTranslation('overview');
  const locale = useLocale();
  const yesNo = (value: boolean | null) =>
    value === null ? '—' : t(value ? 'values.yes' : 'values.no');
  return (
    <StatList
      layout="details"
      stats={[
        { id: 'id', label: t('columns.id'), value: framework.id },
        { id: 'status', label: t('columns.status'), value: t(`tabs.${framework.status}`) },
        { id: 'connected', label: t('columns.connected'), value: yesNo(framework.connected) },
        { id: 'user', label: t('columns.user'), value: framework.user ?? '—' },
        { id: 'host', label: t('columns.host'), value: framework.hostname ?? '—' },
        { id: 'principal', label: t('columns.principal'), value: framework.principal ?? '—' },
        { id: 'roles', label: t('columns.roles'), value: framework.roles.join(', ') || '—' },
        {
          id: 'webui',
          label: t('columns.webui'),
          value: webuiLink(framework.webuiUrl),
        },
        {
          id: 'registered',
          label: t('columns.registered'),
          value: formatTime(framework.registeredTime, locale),
        },
        {
          id: 'reregistered',
          label: t('columns.reregistered'),
          value: formatTime(framework.reregisteredTime, locale),
        },
        {
          id: 'unregistered',
          label: t('columns.unregistered'),
          value: formatTime(framework.unregisteredTime, locale),
        },
        {
          id: 'failover',
          label: t('columns.failoverTimeout'),
          value:
            framework.failoverTimeoutSeconds === null
              ? '—'
              : t('values.seconds', {
                  seconds: formatNumber(framework.failoverTimeoutSeconds, locale),
                }),
        },
        { id: 'checkpoint', label: t('columns.checkpoint'), value: yesNo(framework.checkpoint) },
        {
          id: 'capabilities',
          label: t('columns.capabilities'),
          value: framework.capabilities.join(', ') || '—',
        },
        {
          id: 'tasks',
          label: t('columns.activeTasks'),
          value: formatNumber(framework.taskCounts.active, locale),
        },
        ...RESOURCE_NAMES.map((name) => ({
          id: name,
          label: t('columns.used', { resource: tOverview(`resources.${name}`) }),
          value: formatResource(name, framework.used[name], locale),
        })),
      ]}
    />
  );
}

/** A webui_url that is not http(s) (javascript:, data:) is shown as text, never followed. */
function webuiLink(url: string | null) {
  const href = httpLink(url);
  if (url === null) return '—';
  return href === null ? (
    url
  ) : (
    <a href={href} target="_blank" rel="noreferrer">
      {url}
    </a>
  );
}
