import { useState, type ReactNode } from 'react';
import { ActionDialog } from './action-dialog';
import { IdField } from './dialog-fields';

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
