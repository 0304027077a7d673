import { useId, useState, type ReactNode } from 'react';
import { ActionDialog } from './action-dialog';

/**
 * A confirmation for what cannot be undone (destroy an app, tear down a framework, mark an
 * agent gone): the submit stays disabled until the operator has typed the id of what goes.
 */
export function TypeIdDialog({
  id,
  typeIdLabel,
  ...dialog
}: {
  /** What must be typed. */
  id: string;
  typeIdLabel: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  return (
    <ActionDialog
      {...dialog}
      danger
      confirmDisabled={typed.trim() !== id}
      onForce={dialog.onConfirm}
    >
      <IdField label={typeIdLabel} value={typed} onChange={setTyped} />
    </ActionDialog>
  );
}

/**
 * A field for an id (no autocomplete, no spell check): the id a confirmation asks to be
 * typed (TypeIdDialog, a pod or group destroy), or the name of a new group.
 */
export function IdField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const inputId = useId();
  return (
    <div className="action-dialog__field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        className="control"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
