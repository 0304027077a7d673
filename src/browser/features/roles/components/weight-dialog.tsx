import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialog } from '../../deployments';
import { useUpdateWeight } from '../api/update-role';
import { ChangeReview } from './change-review';

/** A positive finite weight, or null. */
function parseWeight(text: string): number | null {
  if (!/^\s*\d*\.?\d+\s*$/.test(text)) return null;
  const weight = Number(text);
  return Number.isFinite(weight) && weight > 0 ? weight : null;
}

/** Change a role's weight: the field says what is wrong before anything is sent. */
export function WeightDialog({
  role,
  weight,
  onClose,
}: {
  role: string;
  weight: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('roles');
  const inputId = useId();
  const noteId = useId();
  const [text, setText] = useState(String(weight));
  const update = useUpdateWeight();
  const next = parseWeight(text);
  const changes =
    next !== null && next !== weight
      ? [{ what: t('review.weight'), from: String(weight), to: String(next) }]
      : [];
  return (
    <ActionDialog
      title={t('weight.title', { role })}
      description={<p>{t('weight.description')}</p>}
      confirmLabel={t('weight.submit')}
      confirmDisabled={next === null || changes.length === 0}
      pending={update.isPending}
      onConfirm={() => {
        if (next !== null) update.mutate({ role, weight: next }, { onSuccess: onClose });
      }}
      onClose={onClose}
      error={update.error}
      onForce={() => undefined}
    >
      <div className="action-dialog__field">
        <label htmlFor={inputId}>{t('weight.label')}</label>
        <input
          id={inputId}
          className="control"
          inputMode="decimal"
          value={text}
          aria-invalid={next === null}
          aria-describedby={noteId}
          onChange={(event) => setText(event.target.value)}
        />
        <div id={noteId} aria-live="polite">
          {next === null && <p className="action-dialog__invalid">{t('weight.invalid')}</p>}
        </div>
      </div>
      <ChangeReview changes={changes} />
    </ActionDialog>
  );
}
