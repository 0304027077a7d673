import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorApi } from '../../../shared/api/get-mesos-version';
import { ActionDialog } from '../../deployments';
import { useMaintenanceWrite } from '../api/update-maintenance';
import type { MachineRow, ScheduledWindow } from '../utils/machines';

const HOUR_MS = 3_600_000;

/** `YYYY-MM-DDTHH:MM` in local time, as a datetime-local field holds it. */
function localInput(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Read in event handlers only: render uses the time the dialog opened. */
const clock = () => Date.now();

/** The next full hour from now: a window needs a start in the future. */
const nextHour = () => Math.ceil(Date.now() / HOUR_MS) * HOUR_MS;

/**
 * A new window for machines named by hostname. Every field is checked before anything is sent
 * (unknown or already scheduled hostnames, a start in the past, a duration of 0 or less); the
 * window is then added to the schedule as the master has it at that moment.
 */
export function AddWindowDialog({
  machines,
  api,
  onClose,
}: {
  machines: readonly MachineRow[];
  api: OperatorApi;
  onClose: () => void;
}) {
  const { t } = useTranslation('maintenance');
  const ids = { machines: useId(), start: useId(), duration: useId() };
  const [hostnames, setHostnames] = useState('');
  const [start, setStart] = useState(() => localInput(nextHour()));
  const [duration, setDuration] = useState('1');
  const write = useMaintenanceWrite(api);
  // "Now" for the live check is when the dialog opened; sending checks again against the clock.
  const [now, setNow] = useState(() => Date.now());

  const known = machines.filter((machine) => machine.agents.length > 0);
  const names = hostnames.split(/[\s,]+/).filter((name) => name !== '');
  const picked = names.map((name) => known.find((machine) => machine.id.hostname === name));
  const unknown = names.filter((_, index) => picked[index] === undefined);
  const scheduled = picked.find((machine) => machine?.window !== undefined);
  const machinesError =
    names.length === 0
      ? t('addDialog.noMachines')
      : unknown.length > 0
        ? t('addDialog.unknown', { hostnames: unknown.join(', ') })
        : scheduled
          ? t('addDialog.scheduled', { hostname: scheduled.id.hostname })
          : undefined;
  const startMs = start === '' ? Number.NaN : new Date(start).getTime();
  const startError = Number.isNaN(startMs)
    ? t('addDialog.badStart')
    : startMs <= now
      ? t('addDialog.past')
      : undefined;
  const hours = /^\s*\d*\.?\d+\s*$/.test(duration) ? Number(duration) : Number.NaN;
  const durationError = hours > 0 ? undefined : t('addDialog.badDuration');
  // The field stays quiet until something was typed in it; the button says what is missing.
  const [touched, setTouched] = useState({ machines: false });
  const invalid = machinesError ?? startError ?? durationError;

  const submit = () => {
    if (invalid !== undefined) return;
    const sentAt = clock();
    if (startMs <= sentAt) {
      setNow(sentAt);
      return;
    }
    const window: ScheduledWindow = {
      key: '',
      machines: picked.flatMap((machine) => (machine ? [machine.id] : [])),
      start: startMs,
      durationMs: hours * HOUR_MS,
    };
    write.mutate({ kind: 'add', window }, { onSuccess: onClose });
  };
  const field = (
    key: keyof typeof ids,
    label: string,
    error: string | undefined,
    input: { value: string; onChange: (value: string) => void; type?: string; hint?: string },
  ) => (
    <div className="action-dialog__field">
      <label htmlFor={ids[key]}>{label}</label>
      <input
        id={ids[key]}
        className="control"
        type={input.type ?? 'text'}
        value={input.value}
        aria-invalid={error !== undefined}
        aria-describedby={`${ids[key]}-note`}
        onChange={(event) => input.onChange(event.target.value)}
      />
      <div id={`${ids[key]}-note`} aria-live="polite">
        {input.hint && <p className="maintenance-hint">{input.hint}</p>}
        {error && <p className="action-dialog__invalid">{error}</p>}
      </div>
    </div>
  );

  return (
    <ActionDialog
      title={t('addDialog.title')}
      description={<p>{t('addDialog.description')}</p>}
      confirmLabel={t('addDialog.submit')}
      confirmDisabled={invalid !== undefined}
      pending={write.isPending}
      onConfirm={submit}
      onClose={onClose}
      error={write.error}
      onForce={submit}
    >
      {field('machines', t('addDialog.machines'), touched.machines ? machinesError : undefined, {
        value: hostnames,
        onChange: (value) => {
          setHostnames(value);
          setTouched({ machines: true });
        },
        hint: t('addDialog.machinesHint', {
          hostnames: known.map((machine) => machine.id.hostname).join(', '),
        }),
      })}
      {field('start', t('addDialog.start'), startError, {
        value: start,
        onChange: setStart,
        type: 'datetime-local',
      })}
      {field('duration', t('addDialog.duration'), durationError, {
        value: duration,
        onChange: setDuration,
      })}
    </ActionDialog>
  );
}
