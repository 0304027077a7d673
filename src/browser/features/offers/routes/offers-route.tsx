import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMesosAgents } from '../../../shared/api/get-mesos-agents';
import { formatAge, formatTime } from '../../../shared/format/format-time';
import { useLocale } from '../../../shared/format/use-locale';
import { paths } from '../../../shared/paths';
import { DataTable, type DataColumn } from '../../../shared/ui/data-table';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { UrlFilterField } from '../../../shared/ui/virtual-table/url-filter-field';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import {
  AgentLinks,
  agentMachine,
  describeMachine,
  machineKey,
  scheduledWindows,
  useMaintenanceSchedule,
  useMaintenanceStatus,
} from '../../maintenance';
import { nonZero, ResourceSummary, scalarsOf } from '../../roles';
import { useMasterFrameworks } from '../api/get-master-frameworks';
import {
  inverseOfferRows,
  offerRows,
  type InverseOfferRow,
  type OfferRow,
} from '../utils/offer-rows';

/**
 * Outstanding offers and inverse offers; `?q=` filters both by agent, framework or role. Ages
 * count from when Stadium first saw each offer: Mesos writes no offer time.
 */
export function OffersRoute() {
  const { t } = useTranslation('offers');
  const locale = useLocale();
  const frameworks = useMasterFrameworks();
  const agents = useMesosAgents();
  const schedule = useMaintenanceSchedule();
  const status = useMaintenanceStatus();
  const [search] = useSearchWriter();
  const query = search.get('q') ?? '';
  // Ages are as of the last read, so they move with each poll.
  const now = frameworks.dataUpdatedAt;

  const offers = offerRows(
    frameworks.data?.frameworks ?? [],
    agents.data ?? [],
    frameworks.data?.offersSeenAt ?? new Map<string, number>(),
    now,
  );
  const inverse = inverseOfferRows(
    status.data,
    scheduledWindows(schedule.data),
    agents.data ?? [],
    frameworks.data?.frameworks ?? [],
    { agentMachine, machineKey },
  );
  const needle = query.trim().toLowerCase();
  const matches = (...texts: string[]) => texts.some((text) => text.toLowerCase().includes(needle));
  const shownOffers = offers.filter((row) =>
    matches(row.agentHostname, row.agentId, row.frameworkName, row.role),
  );
  const shownInverse = inverse.filter((row) =>
    matches(describeMachine(row.machine), row.frameworkName, ...row.agents.map((a) => a.hostname)),
  );
  const duration = (ms: number) =>
    ms >= 3_600_000
      ? t('hours', { count: Math.round((ms / 3_600_000) * 10) / 10 })
      : t('minutes', { count: Math.round(ms / 60_000) });

  const offerColumns: DataColumn<OfferRow>[] = [
    { id: 'id', header: t('columns.id'), cell: (row) => <code>{row.id}</code> },
    {
      id: 'agent',
      header: t('columns.agent'),
      cell: (row) => <Link to={paths.agent.href(row.agentId)}>{row.agentHostname}</Link>,
    },
    {
      id: 'framework',
      header: t('columns.framework'),
      cell: (row) => <Link to={paths.framework.href(row.frameworkId)}>{row.frameworkName}</Link>,
    },
    { id: 'role', header: t('columns.role'), cell: (row) => row.role },
    {
      id: 'resources',
      header: t('columns.resources'),
      cell: (row) => <ResourceSummary resources={nonZero(scalarsOf(row.resources))} />,
    },
    { id: 'ports', header: t('columns.ports'), cell: (row) => row.resources.ports ?? t('empty') },
    { id: 'age', header: t('columns.age'), cell: (row) => formatAge(now - row.seenAt, locale) },
  ];
  const inverseColumns: DataColumn<InverseOfferRow>[] = [
    { id: 'machine', header: t('columns.machine'), cell: (row) => describeMachine(row.machine) },
    {
      id: 'agent',
      header: t('columns.agent'),
      cell: (row) => <AgentLinks agents={row.agents} label="hostname" empty={t('empty')} />,
    },
    {
      id: 'framework',
      header: t('columns.framework'),
      cell: (row) => <Link to={paths.framework.href(row.frameworkId)}>{row.frameworkName}</Link>,
    },
    { id: 'answer', header: t('columns.answer'), cell: (row) => t(`answers.${row.answer}`) },
    {
      id: 'window',
      header: t('columns.window'),
      cell: (row) => (row.window ? formatTime(row.window.start, locale) : t('empty')),
    },
    {
      id: 'duration',
      header: t('columns.duration'),
      cell: (row) => (row.window ? duration(row.window.durationMs) : t('empty')),
    },
  ];

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      <UrlFilterField label={t('filter')} />
      <QueryFeedback
        isPending={frameworks.isPending}
        error={frameworks.error ?? status.error ?? schedule.error}
        hasData={frameworks.data !== undefined}
      />
      <section aria-labelledby="offers-outstanding">
        <h2 id="offers-outstanding">{t('outstanding')}</h2>
        <p>{t('ageNote')}</p>
        {frameworks.data && (
          <DataTable
            caption={t('outstanding')}
            columns={offerColumns}
            rows={shownOffers}
            rowKey={(row) => row.id}
            rowHeaders={false}
            empty={t('none')}
          />
        )}
      </section>
      <section aria-labelledby="offers-inverse">
        <h2 id="offers-inverse">{t('inverse')}</h2>
        {status.data && (
          <DataTable
            caption={t('inverse')}
            columns={inverseColumns}
            rows={shownInverse}
            rowKey={(row) => `${machineKey(row.machine)}/${row.frameworkId}`}
            rowHeaders={false}
            empty={t('noInverse')}
          />
        )}
      </section>
    </>
  );
}
