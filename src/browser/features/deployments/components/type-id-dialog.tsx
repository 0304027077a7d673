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
  const inputId = useId();
  const [typed, setTyped] = useState('');
  return (
    <ActionDialog
      {...dialog}
      danger
      confirmDisabled={typed.trim() !== id}
      onForce={dialog.onConfirm}
    >
      <div className="action-dialog__field">
        <label htmlFor={inputId}>{typeIdLabel}</label>
        <input
          id={inputId}
          className="control"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
    </ActionDialog>
  );
}
