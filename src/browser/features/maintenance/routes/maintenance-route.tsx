import { useTranslation } from 'react-i18next';
import { useMesosAgents } from '../../../shared/api/get-mesos-agents';
import { useOperatorApi } from '../../../shared/api/get-mesos-version';
import { formatTime } from '../../../shared/format/format-time';
import { useLocale } from '../../../shared/format/use-locale';
import { DataTable, type DataColumn } from '../../../shared/ui/data-table';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryFeedback } from '../../../shared/ui/query-feedback';
import { useSearchWriter } from '../../../shared/url/use-search-writer';
import { useCanWrite, WriteControl } from '../../session';
import { useMaintenanceSchedule, useMaintenanceStatus } from '../api/get-maintenance';
import { AddWindowDialog } from '../components/add-window-dialog';
import { AgentLinks } from '../components/agent-links';
import { MachineModeDialog, RemoveWindowDialog } from '../components/machine-dialogs';
import {
  describeMachine,
  machineKey,
  machineRows,
  scheduledWindows,
  type MachineRow,
  type ScheduledWindow,
} from '../utils/machines';
import '../../../shared/ui/button.css';
import './maintenance-route.css';

type Dialog = 'add' | 'remove' | 'start' | 'stop';
const DIALOGS: readonly Dialog[] = ['add', 'remove', 'start', 'stop'];

/**
 * The maintenance schedule and every machine's mode. The open dialog is in the URL:
 * `?dialog=add`, `?dialog=remove&window=<machine>`, `?dialog=start|stop&machine=<machine>`.
 */
export function MaintenanceRoute() {
  const { t } = useTranslation('maintenance');
  const locale = useLocale();
  const schedule = useMaintenanceSchedule();
  const status = useMaintenanceStatus();
  const agents = useMesosAgents();
  const api = useOperatorApi();
  const canWrite = useCanWrite();
  const [search, write] = useSearchWriter();
  const dialogParam = search.get('dialog');
  const dialog = DIALOGS.find((name) => name === dialogParam);

  const windows = scheduledWindows(schedule.data);
  const machines = machineRows(agents.data ?? [], schedule.data, status.data);
  const openWindow = windows.find((window) => window.key === search.get('window'));
  const openMachine = machines.find((machine) => machine.key === search.get('machine'));

  const open = (next: Dialog, params: Record<string, string> = {}) =>
    write(() => new URLSearchParams({ dialog: next, ...params }), { push: true });
  const close = () => write(() => new URLSearchParams());
  const duration = (ms: number) =>
    ms >= 3_600_000 && ms % 3_600_000 === 0
      ? t('hours', { count: ms / 3_600_000 })
      : t('minutes', { count: Math.round(ms / 60_000) });
  const modeOf = (key: string) => machines.find((machine) => machine.key === key)?.mode ?? 'UP';

  const windowColumns: DataColumn<ScheduledWindow>[] = [
    {
      id: 'machines',
      header: t('columns.machines'),
      cell: (window) => window.machines.map(describeMachine).join(', '),
    },
    { id: 'start', header: t('columns.start'), cell: (window) => formatTime(window.start, locale) },
    {
      id: 'duration',
      header: t('columns.duration'),
      cell: (window) => duration(window.durationMs),
    },
    {
      id: 'end',
      header: t('columns.end'),
      cell: (window) => formatTime(window.start + window.durationMs, locale),
    },
  ];
  const windowActions: DataColumn<ScheduledWindow> = {
    id: 'actions',
    header: t('columns.actions'),
    cell: (window) => {
      const down = window.machines.filter((id) => modeOf(machineKey(id)) === 'DOWN');
      const machineNames = window.machines.map(describeMachine).join(', ');
      return down.length > 0 ? (
        <span className="maintenance-blocked">
          {t('removeBlocked', { machines: down.map(describeMachine).join(', ') })}
        </span>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={t('removeNamed', { machines: machineNames })}
          onClick={() => open('remove', { window: window.key })}
        >
          {t('remove')}
        </button>
      );
    },
  };

  const machineColumns: DataColumn<MachineRow>[] = [
    { id: 'machine', header: t('columns.machine'), cell: (machine) => describeMachine(machine.id) },
    {
      id: 'mode',
      header: t('columns.mode'),
      cell: (machine) => (
        <span className={`maintenance-mode maintenance-mode--${machine.mode.toLowerCase()}`}>
          {t(`modes.${machine.mode}`)}
        </span>
      ),
    },
    {
      id: 'agents',
      header: t('columns.agents'),
      cell: (machine) => <AgentLinks agents={machine.agents} label="id" empty={t('none')} />,
    },
    {
      id: 'window',
      header: t('columns.window'),
      cell: (machine) =>
        machine.window
          ? `${formatTime(machine.window.start, locale)} · ${duration(machine.window.durationMs)}`
          : t('none'),
    },
  ];
  const machineActions: DataColumn<MachineRow> = {
    id: 'actions',
    header: t('columns.actions'),
    cell: (machine) => {
      const name = describeMachine(machine.id);
      if (machine.mode === 'DRAINING') {
        return (
          <button
            type="button"
            className="button button--danger"
            aria-label={t('startNamed', { machine: name })}
            onClick={() => open('start', { machine: machine.key })}
          >
            {t('start')}
          </button>
        );
      }
      if (machine.mode === 'DOWN') {
        return (
          <button
            type="button"
            className="button"
            aria-label={t('stopNamed', { machine: name })}
            onClick={() => open('stop', { machine: machine.key })}
          >
            {t('stop')}
          </button>
        );
      }
      return null;
    },
  };
  const writable = canWrite && api !== undefined;

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      {writable && (
        <p>
          <button type="button" className="button button--primary" onClick={() => open('add')}>
            {t('add')}
          </button>
        </p>
      )}
      <QueryFeedback
        isPending={schedule.isPending || status.isPending}
        error={schedule.error ?? status.error ?? agents.error}
        hasData={schedule.data !== undefined}
      />
      <section aria-labelledby="maintenance-windows">
        <h2 id="maintenance-windows">{t('windows')}</h2>
        {schedule.data && (
          <DataTable
            caption={t('windows')}
            columns={writable ? [...windowColumns, windowActions] : windowColumns}
            rows={windows}
            rowKey={(window) => window.key}
            rowHeaders={false}
            empty={t('noWindows')}
          />
        )}
      </section>
      <section aria-labelledby="maintenance-machines">
        <h2 id="maintenance-machines">{t('machines')}</h2>
        {schedule.data && status.data && (
          <DataTable
            caption={t('machines')}
            columns={writable ? [...machineColumns, machineActions] : machineColumns}
            rows={machines}
            rowKey={(machine) => machine.key}
          />
        )}
      </section>
      <WriteControl>
        {api && dialog === 'add' && schedule.data && agents.data && (
          <AddWindowDialog machines={machines} api={api} onClose={close} />
        )}
        {api && dialog === 'remove' && openWindow && (
          <RemoveWindowDialog window={openWindow} api={api} onClose={close} />
        )}
        {api && (dialog === 'start' || dialog === 'stop') && openMachine && (
          <MachineModeDialog kind={dialog} machine={openMachine} api={api} onClose={close} />
        )}
      </WriteControl>
    </>
  );
}
