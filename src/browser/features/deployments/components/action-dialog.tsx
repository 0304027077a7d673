import { Dialog } from 'radix-ui';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from './write-error';
import '../../../shared/ui/button.css';
import '../../../shared/ui/dialog.css';
import './action-dialog.css';

export interface ActionDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Destructive actions are drawn as such. */
  danger?: boolean;
  confirmDisabled?: boolean;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** The failed write; a deployment lock offers `onForce`. */
  error?: unknown;
  onForce: () => void;
  children?: ReactNode;
}

/**
 * A confirmation for a Marathon write. Focus starts on Cancel (a stray Enter must not destroy
 * anything), Escape and Cancel close it, and the page behind is inert while it is open.
 * Mount it when it should show; unmounting closes it.
 */
export function ActionDialog({
  title,
  description,
  confirmLabel,
  danger = false,
  confirmDisabled = false,
  pending,
  onConfirm,
  onClose,
  error,
  onForce,
  children,
}: ActionDialogProps) {
  const { t } = useTranslation('deployments');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmDisabled && !pending) onConfirm();
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog-panel action-dialog"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            cancelRef.current?.focus();
          }}
        >
          <Dialog.Title className="action-dialog__title">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="action-dialog__description">{description}</div>
          </Dialog.Description>
          <form onSubmit={submit} className="action-dialog__form">
            {children}
            {error !== undefined && error !== null && (
              <WriteError error={error} onForce={onForce} forcing={pending} />
            )}
            <div className="action-dialog__buttons">
              <Dialog.Close asChild>
                <button ref={cancelRef} type="button" className="button">
                  {t('dialogs.cancel')}
                </button>
              </Dialog.Close>
              <button
                type="submit"
                className={`button ${danger ? 'button--danger' : 'button--primary'}`}
                disabled={confirmDisabled || pending}
              >
                {confirmLabel}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
